import { parseTableQuery } from '@/components/data-table/parse-table-query'
import { listBoothsQuerySchema, type ListBoothsQuery } from '@/lib/schemas/booths'

type SearchParams = Record<string, string | string[] | undefined>
const KEYS = ['page', 'page_size', 'q', 'sort', 'status', 'company_id', 'date_from', 'date_to'] as const

/** The booths query of a page URL, through the API's own schema (bad values fall back to defaults). */
export const boothsQuery = (searchParams: SearchParams): ListBoothsQuery => parseTableQuery(listBoothsQuerySchema, KEYS, searchParams)
