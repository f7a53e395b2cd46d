export const MAX_PAGE_SIZE = 100

export interface PageRequest {
  page: number
  page_size: number
}

/** Prisma's skip/take for a page. */
export const pageWindow = ({ page, page_size }: PageRequest) => ({ skip: (page - 1) * page_size, take: page_size })

/**
 * Prisma's orderBy for a `sort` value; `columns` maps wire names to model fields. Ties are broken
 * by id so that pages never overlap.
 */
export function orderBy(sort: string, columns: Record<string, string>): Array<Record<string, 'asc' | 'desc'>> {
  const descending = sort.startsWith('-')
  const field = columns[descending ? sort.slice(1) : sort]
  if (!field) throw new Error(`No column for sort ${sort}`)
  const direction = descending ? 'desc' : 'asc'
  return field === 'id' ? [{ id: direction }] : [{ [field]: direction }, { id: direction }]
}

export interface Page<T> {
  items: T[]
  page: number
  page_size: number
  total: number
}

export const pageOf = <T>(items: T[], total: number, request: PageRequest): Page<T> => ({ items, page: request.page, page_size: request.page_size, total })

/** A page whose `total` is exact, or (`total_capped`) a floor of TOTAL_CAP (lib/keyset.ts). */
export interface CappedPage<T> extends Page<T> {
  total_capped: boolean
}

/** A page of a list with counters and a keyset cursor: `next_after` continues after the last item, null on the last page. */
export interface KeysetPage<T> extends CappedPage<T> {
  next_after: string | null
}
