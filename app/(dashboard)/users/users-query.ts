import { parseTableQuery } from '@/components/data-table/parse-table-query'
import { listUsersQuerySchema } from '@/lib/schemas/users'
import type { ListUsersQuery } from '@/lib/services/users/list-users'

type SearchParams = Record<string, string | string[] | undefined>
const KEYS = ['page', 'page_size', 'q', 'sort', 'role', 'verified', 'active'] as const

/** The users query of a page URL, through the API's own schema (bad values fall back to defaults). */
export const usersQuery = (searchParams: SearchParams): ListUsersQuery => parseTableQuery(listUsersQuerySchema, KEYS, searchParams)
