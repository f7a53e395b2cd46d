import { Prisma } from '@/lib/generated/prisma/client'
import type { After, SortColumn } from '@/lib/keyset'

/** A list's sort keys as SQL: the wire sort name → its column (trusted text, never a request's). */
export type SortSql = Record<string, { column: string; sort: SortColumn }>

const sortOf = (sorts: SortSql, sort: string) => {
  const entry = sorts[sort.replace(/^-/, '')]
  if (!entry) throw new Error(`No column for sort ${sort}`)
  return { ...entry, descending: sort.startsWith('-') }
}

/** `ORDER BY` of `sort`, ties broken by `id` in the same direction (PostgreSQL's nulls: last ascending, first descending). */
export function orderBySql(sorts: SortSql, sort: string, id: string): Prisma.Sql {
  const { column, descending } = sortOf(sorts, sort)
  const direction = descending ? 'DESC' : 'ASC'
  return Prisma.raw(`ORDER BY ${column} ${direction}, ${id} ${direction}`)
}

/**
 * The rows after `after` in its sort order: lib/keyset's keysetWhere as SQL (the same cases, the
 * same bound `column <= value` on its own so that PostgreSQL reads an index range). `enumType`
 * names the PostgreSQL type of an enum sort column.
 */
export function keysetSql(sorts: SortSql, after: After, id: string, enumType?: string): Prisma.Sql {
  const { column, sort, descending } = sortOf(sorts, after.sort)
  const col = Prisma.raw(column)
  const idColumn = Prisma.raw(id)
  const beyond = Prisma.raw(descending ? '<' : '>')
  const idBeyond = Prisma.sql`${idColumn} ${beyond} ${after.id}::uuid`
  const { kind } = sort
  if (typeof kind === 'object') {
    const at = kind.enum.indexOf(after.value ?? '')
    const later = descending ? kind.enum.slice(0, at) : kind.enum.slice(at + 1)
    const type = Prisma.raw(`"${enumType}"`)
    const inLater = later.length ? Prisma.sql`${col} IN (${Prisma.join(later.map((value) => Prisma.sql`${value}::${type}`))})` : Prisma.sql`false`
    return Prisma.sql`(${inLater} OR (${col} = ${after.value}::${type} AND ${idBeyond}))`
  }
  if (after.value === null) {
    // Only a nullable column has null keys: they come last ascending, first descending.
    return descending ? Prisma.sql`((${col} IS NULL AND ${idBeyond}) OR ${col} IS NOT NULL)` : Prisma.sql`(${col} IS NULL AND ${idBeyond})`
  }
  const value = kind === 'instant' ? Prisma.sql`${after.value}::timestamptz` : Prisma.sql`${after.value}::text`
  const range = Prisma.sql`${col} ${Prisma.raw(descending ? '<=' : '>=')} ${value} AND (${col} ${beyond} ${value} OR ${idBeyond})`
  if (kind === 'nullable-text' && !descending) return Prisma.sql`((${range}) OR ${col} IS NULL)`
  return Prisma.sql`(${range})`
}

/** `%text%` for ILIKE, its own `%`, `_` and `\` taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
