import { notFound } from '@/lib/errors'
import { isUuid } from '@/lib/services/is-uuid'
import { sqlRows } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { userRowOf, userSql, type UserSqlRow } from './list-users-sql'
import { presentUser } from './present-user'

/** One user as the API shows them, file URLs joined in (one statement); 404 when the id is unknown. */
export async function getProfile(userId: string): Promise<UserJson> {
  const [row] = isUuid(userId) ? await sqlRows<UserSqlRow>(userSql(userId)) : []
  if (!row) throw notFound('User')
  return presentUser(userRowOf(row))
}
