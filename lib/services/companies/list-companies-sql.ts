import { Prisma } from '@/lib/generated/prisma/client'
import { containsPattern, keysetSql, orderBySql, type SortSql } from '@/lib/keyset-sql'
import type { PageWindowSql } from '@/lib/services/booths/list-booths-sql'
import type { ListCompaniesQuery } from '@/lib/schemas/companies'
import type { CompanyRow } from './present-company'

/*
 * The companies list's statements, the one place they are written: the page (listCompanies), its
 * exact total, and the CSV export's batches (the same filter). Typed SQL for the reason the booths
 * list has it (list-booths-sql.ts): Prisma's per-query work and its extra query per file relation.
 */

export type CompaniesFilter = Pick<ListCompaniesQuery, 'q' | 'owner_id'>

const SORTS: SortSql = {
  created_at: { column: 'c.created_at', sort: { field: 'createdAt', kind: 'instant' } },
  name: { column: 'c.name', sort: { field: 'name', kind: 'text' } },
}

function companiesFilterSql(query: CompaniesFilter): Prisma.Sql {
  // A company in the trash is gone for every reader.
  const where = [Prisma.sql`c.deleted_at IS NULL`]
  const q = query.q?.trim()
  if (q) {
    const like = containsPattern(q)
    where.push(Prisma.sql`(c.name ILIKE ${like} OR c.location ILIKE ${like})`)
  }
  if (query.owner_id) where.push(Prisma.sql`c.owner_id = ${query.owner_id}::uuid`)
  return Prisma.join(where, ' AND ')
}

/** A row of companiesPageSql, as the driver gives it. */
export interface CompanySqlRow extends Omit<CompanyRow, 'imageFile'> {
  imageUrl: string | null
  ownerEmail?: string
}

/** The row presentCompany takes. */
export const companyRowOf = (r: CompanySqlRow): CompanyRow => ({
  id: r.id,
  name: r.name,
  location: r.location,
  size: r.size,
  ownerId: r.ownerId,
  createdAt: r.createdAt,
  imageFile: r.imageUrl === null ? null : { url: r.imageUrl },
})

/**
 * One page of companies by `sort` (after `offset` rows, or keyset after `after`) with the logo URL joined in; with `ownerEmail`, the owner's email
 * as well (the CSV export's column). The page is cut before the join.
 */
export function companiesPageSql(query: CompaniesFilter, window: PageWindowSql, { ownerEmail = false } = {}): Prisma.Sql {
  const where = window.after ? Prisma.sql`${companiesFilterSql(query)} AND ${keysetSql(SORTS, window.after, 'c.id')}` : companiesFilterSql(query)
  const order = orderBySql(SORTS, window.sort, 'c.id')
  const owner = ownerEmail ? Prisma.sql`, (SELECT u.email FROM users u WHERE u.id = c.owner_id) AS "ownerEmail"` : Prisma.empty
  return Prisma.sql`SELECT c.id::text, c.name, c.location, c.size, c.owner_id::text AS "ownerId", c.created_at AS "createdAt", f.url AS "imageUrl"${owner}
    FROM (SELECT c.* FROM companies c WHERE ${where} ${order} LIMIT ${window.limit} OFFSET ${window.offset}) c
    LEFT JOIN stored_files f ON f.id = c.image_file_id ${order}`
}

/** The exact number of companies the filter matches (one row, `n`). */
export const companiesTotalSql = (query: CompaniesFilter): Prisma.Sql =>
  Prisma.sql`SELECT count(*)::int AS n FROM companies c WHERE ${companiesFilterSql(query)}`
