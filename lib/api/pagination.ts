import { z } from '@hono/zod-openapi'

export const MAX_PAGE_SIZE = 100

/**
 * The list query every paginated route takes: `page` (1-based), `page_size` (≤ 100), `q`, and
 * `sort` as a field name with an optional leading `-` for descending.
 */
export function listQuery<const F extends readonly [string, ...string[]]>(sortFields: F, defaultSort: F[number] | `-${F[number]}`) {
  const sortValues = sortFields.flatMap((field) => [field, `-${field}`]) as [string, ...string[]]
  return z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).default(1).openapi({ example: 1 }),
    page_size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ example: 20 }),
    q: z.string().trim().max(200).optional().openapi({ description: 'Search text' }),
    sort: z
      .enum(sortValues)
      .default(defaultSort)
      .openapi({ description: `One of ${sortFields.join(', ')}; prefix with - for descending` }),
  })
}

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

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number().int(), page_size: z.number().int(), total: z.number().int() })
}
