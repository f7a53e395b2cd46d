import { AppError } from '@/lib/errors'
import { afterItem, decodeAfter, TOTAL_CAP } from '@/lib/keyset'
import { pageOf, type KeysetPage } from '@/lib/pagination'
import { sqlRows } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import type { UserJson } from '@/lib/schemas/users'
import { USER_SORT_COLUMNS } from '@/lib/schemas/users'
import { userRowOf, usersPageSql, usersTotalSql, type UserSqlRow } from './list-users-sql'
import { presentUser } from './present-user'

export interface ListUsersQuery {
  page: number
  page_size: number
  q?: string
  role?: Role
  verified?: boolean
  active?: boolean
  /** A field of USER_SORT_FIELDS, `-` first for descending. */
  sort: string
  /** A keyset cursor (lib/keyset.ts) of the same sort; `page` is then 1. */
  after?: string
}

/**
 * A page of users, newest first by default, from `page` (offset) or `after` (keyset), in one typed
 * statement with the file URLs joined in (list-users-sql.ts); the (role, created_at) index serves
 * the role filter, trigram indexes the `q` search. `total` runs beside the page (see listBooths):
 * exact from the user_counts counters for any mix of role, verified and active; a search is
 * counted up to TOTAL_CAP.
 */
export async function listUsers(query: ListUsersQuery): Promise<KeysetPage<UserJson>> {
  const after = query.after ? decodeAfter(query.after, query.sort, USER_SORT_COLUMNS) : null
  if (typeof after === 'string') throw new AppError('validation', 'Validation failed', { errors: { after: [after] } })
  const window = { sort: query.sort, limit: query.page_size + 1, offset: after ? 0 : (query.page - 1) * query.page_size, after }
  const total = usersTotalSql(query)
  const [rows, [count]] = await Promise.all([sqlRows<UserSqlRow>(usersPageSql(query, window)), sqlRows<{ n: number }>(total.sql)])
  const items = rows.slice(0, query.page_size).map((row) => presentUser(userRowOf(row)))
  const more = rows.length > query.page_size
  const n = count?.n ?? 0
  const totals = total.counted ? { total: Math.min(n, TOTAL_CAP), total_capped: n > TOTAL_CAP } : { total: n, total_capped: false }
  return { ...pageOf(items, totals.total, query), total_capped: totals.total_capped, next_after: more ? afterItem(query.sort, items.at(-1)!) : null }
}
