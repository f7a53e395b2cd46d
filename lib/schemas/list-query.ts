import { z } from '@hono/zod-openapi'
import { MAX_PAGE_SIZE } from '@/lib/pagination'
import { text } from './text'

/**
 * The list query every paginated route takes: `page` (1-based), `page_size` (≤ 100), `q`, and
 * `sort` as a field name with an optional leading `-` for descending.
 */
export function listQuery<const F extends readonly [string, ...string[]]>(sortFields: F, defaultSort: F[number] | `-${F[number]}`) {
  const sortValues = sortFields.flatMap((field) => [field, `-${field}`]) as [string, ...string[]]
  return z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).default(1).openapi({ example: 1 }),
    page_size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ example: 20 }),
    q: text().trim().max(200).optional().openapi({ description: 'Search text' }),
    sort: z
      .enum(sortValues)
      .default(defaultSort)
      .openapi({ description: `One of ${sortFields.join(', ')}; prefix with - for descending` }),
  })
}

/** A page of items as the API shows it (`Page<T>` of lib/pagination.ts). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number().int(), page_size: z.number().int(), total: z.number().int() })
}
