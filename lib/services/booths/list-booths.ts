import { AppError } from '@/lib/errors'
import { afterItem, decodeAfter } from '@/lib/keyset'
import { pageOf, type KeysetPage } from '@/lib/pagination'
import { sqlRows } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { BOOTH_SORT_COLUMNS, type BoothJson } from '@/lib/schemas/booths'
import { isoDate, parseBoothDate } from '@/lib/schemas/booth-schedule'
import type { Actor } from '@/lib/services/actor'
import { withVisibleBooths } from './booth-visibility'
import { countBooths } from './count-booths'
import { boothRowOf, boothsPageSql, type BoothSqlRow } from './list-booths-sql'
import { presentBooth } from './present-booth'

export interface ListBoothsQuery {
  page: number
  page_size: number
  q?: string
  /** A field of BOOTH_SORT_FIELDS, `-` first for descending. */
  sort: string
  status?: BoothStatus
  company_id?: string
  /** Local dates (ISO or `24 Nov, 2026`), inclusive, compared with each booth's own date. */
  date_from?: string
  date_to?: string
  /** A keyset cursor (lib/keyset.ts) of the same sort; `page` is then 1. */
  after?: string
}

const dateOf = (text: string | undefined) => {
  const parsed = text ? parseBoothDate(text) : null
  return parsed ? new Date(`${isoDate(parsed)}T00:00:00.000Z`) : undefined
}

/**
 * The filter of a booths query, narrowed to what `actor` may see (visibleBoothsWhere); also what a
 * CSV export of "the current filter" reuses.
 */
export function boothsWhere(actor: Actor, query: Omit<ListBoothsQuery, 'page' | 'page_size' | 'sort' | 'after'>): Prisma.TradeBoothWhereInput {
  const where: Prisma.TradeBoothWhereInput = {}
  const q = query.q?.trim()
  if (q) {
    where.OR = [
      { title: { contains: q, mode: 'insensitive' } },
      { location: { contains: q, mode: 'insensitive' } },
      { description: { contains: q, mode: 'insensitive' } },
      { company: { is: { name: { contains: q, mode: 'insensitive' } } } },
    ]
  }
  if (query.status) where.status = query.status
  if (query.company_id) where.companyId = query.company_id
  const from = dateOf(query.date_from)
  const to = dateOf(query.date_to)
  if (from || to) where.date = { ...(from && { gte: from }), ...(to && { lte: to }) }
  return withVisibleBooths(actor, where)
}

/**
 * A page of the booths `actor` may see (a booth under review only for its owner and staff), newest
 * first by default, from `page` (offset) or `after` (keyset: the same cost at any depth), in one
 * typed statement with the file URLs joined in (list-booths-sql.ts). One row more than the page
 * tells whether `next_after` is due. `total` runs beside the page on another connection: a
 * transaction around them would add two round trips and buy nothing.
 */
export async function listBooths(actor: Actor, query: ListBoothsQuery): Promise<KeysetPage<BoothJson>> {
  const after = query.after ? decodeAfter(query.after, query.sort, BOOTH_SORT_COLUMNS) : null
  if (typeof after === 'string') throw new AppError('validation', 'Validation failed', { errors: { after: [after] } })
  const window = { sort: query.sort, limit: query.page_size + 1, offset: after ? 0 : (query.page - 1) * query.page_size, after }
  const [rows, total] = await Promise.all([sqlRows<BoothSqlRow>(boothsPageSql(actor, query, window)), countBooths(actor, query)])
  const items = rows.slice(0, query.page_size).map((row) => presentBooth(boothRowOf(row)))
  const more = rows.length > query.page_size
  return { ...pageOf(items, total.total, query), total_capped: total.capped, next_after: more ? afterItem(query.sort, items.at(-1)!) : null }
}
