import { AppError } from '@/lib/errors'
import { afterItem, decodeAfter } from '@/lib/keyset'
import { pageOf, type KeysetPage } from '@/lib/pagination'
import { sqlRows } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { BOOTH_SORT_COLUMNS, type BoothJson } from '@/lib/schemas/booths'
import type { Actor } from '@/lib/services/actor'
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
