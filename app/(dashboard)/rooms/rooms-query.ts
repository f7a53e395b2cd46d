import { parseTableQuery } from '@/components/data-table/parse-table-query'
import { listRoomsQuerySchema, type ListRoomsQuery } from '@/lib/schemas/rooms'

type SearchParams = Record<string, string | string[] | undefined>
const KEYS = ['page', 'page_size', 'q'] as const

/** The rooms query of a page URL, through the API's own schema (bad values fall back to defaults). */
export const roomsQuery = (searchParams: SearchParams): ListRoomsQuery => parseTableQuery(listRoomsQuerySchema, KEYS, searchParams)
