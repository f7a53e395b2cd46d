import { orderBy, pageOf, pageWindow, type Page } from '@/lib/pagination'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import type { BOOTH_SORT_FIELDS, BoothJson } from '@/lib/schemas/booths'
import { isoDate, parseBoothDate } from '@/lib/schemas/booth-schedule'
import type { Actor } from '@/lib/services/actor'
import { withVisibleBooths } from './booth-visibility'
import { boothColumnsSelect, presentBooth, withBoothFiles } from './present-booth'

const sortColumns: Record<(typeof BOOTH_SORT_FIELDS)[number], string> = { created_at: 'createdAt', starts_at: 'startsAt', title: 'title' }

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
}

const dateOf = (text: string | undefined) => {
  const parsed = text ? parseBoothDate(text) : null
  return parsed ? new Date(`${isoDate(parsed)}T00:00:00.000Z`) : undefined
}

/**
 * The filter of a booths query, narrowed to what `actor` may see (visibleBoothsWhere); also what a
 * CSV export of "the current filter" reuses.
 */
export function boothsWhere(actor: Actor, query: Omit<ListBoothsQuery, 'page' | 'page_size' | 'sort'>): Prisma.TradeBoothWhereInput {
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
 * first by default; `total` counts only those. The page and its
 * count run side by side on two connections: a transaction around them would add two round trips
 * and buy nothing (each statement sees its own snapshot under READ COMMITTED anyway).
 */
export async function listBooths(actor: Actor, query: ListBoothsQuery): Promise<Page<BoothJson>> {
  const where = boothsWhere(actor, query)
  const prisma = db()
  const [rows, total] = await Promise.all([
    prisma.tradeBooth.findMany({ where, orderBy: orderBy(query.sort, sortColumns), ...pageWindow(query), select: boothColumnsSelect }).then(withBoothFiles),
    prisma.tradeBooth.count({ where }),
  ])
  return pageOf(rows.map(presentBooth), total, query)
}
