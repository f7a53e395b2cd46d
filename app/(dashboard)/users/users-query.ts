import { listUsersQuerySchema } from '@/lib/schemas/users'
import type { ListUsersQuery } from '@/lib/services/users/list-users'

type SearchParams = Record<string, string | string[] | undefined>
const KEYS = ['page', 'page_size', 'q', 'sort', 'role', 'verified', 'active'] as const

/**
 * The users query of a page URL, through the API's own schema. A hand-edited or stale value is
 * dropped (the default applies) rather than failing the page.
 */
export function usersQuery(searchParams: SearchParams): ListUsersQuery {
  const raw: Record<string, string> = {}
  for (const key of KEYS) {
    const value = searchParams[key]
    const single = Array.isArray(value) ? value[0] : value
    if (single) raw[key] = single
  }
  const first = listUsersQuerySchema.safeParse(raw)
  if (first.success) return first.data
  for (const issue of first.error.issues) delete raw[String(issue.path[0])]
  return listUsersQuerySchema.parse(raw)
}
