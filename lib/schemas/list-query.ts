import { z } from '@hono/zod-openapi'
import { decodeAfter, TOTAL_CAP, type SortColumn } from '@/lib/keyset'
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

/** `after`: the keyset cursor of the lists that offer one (lib/keyset.ts). */
export const afterQuery = text().trim().max(1000).optional().openapi({
  description:
    'Keyset cursor: the `next_after` of the previous page. Pages after it in the same `sort` (and filters), at the same cost however deep; `page` must then be 1 (or absent). A cursor from another sort, or not from this list, answers 400 naming `after`.',
})

/** Checks `after` against the query's sort (the columns say how each sort key compares). */
export function refineAfter(columns: Record<string, SortColumn>) {
  return (query: { after?: string; sort: string; page: number }, context: z.RefinementCtx) => {
    if (query.after === undefined || query.after === '') return
    const decoded = decodeAfter(query.after, query.sort, columns)
    if (typeof decoded === 'string') context.addIssue({ code: 'custom', path: ['after'], message: decoded, input: query.after })
    else if (query.page !== 1) context.addIssue({ code: 'custom', path: ['after'], message: 'Give page or after, not both', input: query.after })
  }
}

/** A page whose total is counted up to TOTAL_CAP: `Page<T>` plus `total_capped` (`CappedPage<T>`). */
export function cappedPageSchema<T extends z.ZodType>(item: T, what: string) {
  return pageSchema(item).extend({
    total: z
      .number()
      .int()
      .openapi({
        description: `How many ${what} match, counted up to ${TOTAL_CAP.toLocaleString('en')}: past that \`total\` is ${TOTAL_CAP.toLocaleString('en')} and \`total_capped\` is true.`,
      }),
    total_capped: z.boolean().openapi({
      description: `True when \`total\` stopped at ${TOTAL_CAP.toLocaleString('en')}: at least that many match.`,
    }),
  })
}

/**
 * A page of a list with counters and a cursor: `Page<T>` plus `total_capped` and `next_after`
 * (`KeysetPage<T>` of lib/pagination.ts).
 */
export function keysetPageSchema<T extends z.ZodType>(item: T, exactTotals: string) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    page_size: z.number().int(),
    total: z
      .number()
      .int()
      .openapi({
        description: `How many items match. Exact ${exactTotals}, read from counters kept in the same transaction as every write. With a filter the counters do not serve (\`q\`, dates), rows are counted up to ${TOTAL_CAP.toLocaleString('en')}: past that \`total\` is ${TOTAL_CAP.toLocaleString('en')} and \`total_capped\` is true.`,
      }),
    total_capped: z.boolean().openapi({
      description: `True when \`total\` stopped at ${TOTAL_CAP.toLocaleString('en')}: at least that many match (keep paging with \`next_after\` until it is null).`,
    }),
    next_after: z.string().nullable().openapi({ description: 'Pass as `after` for the next page (same sort and filters); null on the last page.' }),
  })
}
