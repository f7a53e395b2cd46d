import type { UserJson } from '@/lib/schemas/users'
import { keysetBatches } from '@/lib/services/keyset-batches'
import { userRowOf, usersPageSql, type UserSqlRow, type UsersFilter } from './list-users-sql'
import { presentUser } from './present-user'

/** The export's order: oldest first (ids are UUIDv7, so close to id order), ties by id. */
const EXPORT_SORT = 'created_at'

/**
 * Every user of `filter`, a batch at a time: the users list's own page statement (usersPageSql)
 * walked by keyset. What the users CSV export streams.
 */
export function eachUser(filter: UsersFilter): AsyncGenerator<UserJson> {
  return keysetBatches(
    EXPORT_SORT,
    (window) => usersPageSql(filter, window),
    (row: UserSqlRow) => presentUser(userRowOf(row)),
  )
}
