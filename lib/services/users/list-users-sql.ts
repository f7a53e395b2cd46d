import { Prisma } from '@/lib/generated/prisma/client'
import { TOTAL_CAP } from '@/lib/keyset'
import { containsPattern, keysetSql, orderBySql, type SortSql } from '@/lib/keyset-sql'
import { USER_SORT_COLUMNS } from '@/lib/schemas/users'
import type { PageWindowSql } from '@/lib/services/booths/list-booths-sql'
import type { UserRow } from './present-user'

/*
 * The users list's statements, the one place they are written: the page and its total (typed SQL,
 * pure, sent as they are by the bench's bare server too; see list-booths-sql.ts). The CSV export
 * walks the same page statement batch by batch (eachUser).
 */

/** What narrows a users list (ListUsersQuery without its window). */
export interface UsersFilter {
  q?: string
  role?: string
  verified?: boolean
  active?: boolean
}

const SORTS: SortSql = {
  created_at: { column: 'u.created_at', sort: USER_SORT_COLUMNS.created_at },
  name: { column: 'u.name', sort: USER_SORT_COLUMNS.name },
  email: { column: 'u.email', sort: USER_SORT_COLUMNS.email },
  role: { column: 'u.role', sort: USER_SORT_COLUMNS.role },
}

function usersFilterSql(query: UsersFilter): Prisma.Sql {
  // An account in the trash is in no list, export or count (the counters skip it too).
  const where = [Prisma.sql`u.deleted_at IS NULL`]
  const q = query.q?.trim()
  if (q) {
    const like = containsPattern(q)
    where.push(Prisma.sql`(u.name ILIKE ${like} OR u.email ILIKE ${like})`)
  }
  if (query.role) where.push(Prisma.sql`u.role = ${query.role}::"Role"`)
  if (query.verified !== undefined) where.push(query.verified ? Prisma.sql`u.email_verified IS NOT NULL` : Prisma.sql`u.email_verified IS NULL`)
  if (query.active !== undefined) where.push(Prisma.sql`u.is_active = ${query.active}`)
  return Prisma.join(where, ' AND ')
}

/** A row of usersPageSql, as the driver gives it. */
export interface UserSqlRow extends Omit<UserRow, 'imageFile' | 'backgroundFile'> {
  imageUrl: string | null
  backgroundUrl: string | null
}

/** The row presentUser takes. */
export const userRowOf = (r: UserSqlRow): UserRow => ({
  id: r.id,
  name: r.name,
  email: r.email,
  role: r.role,
  company: r.company,
  image: r.image,
  emailVerified: r.emailVerified,
  isActive: r.isActive,
  createdAt: r.createdAt,
  imageFile: r.imageUrl === null ? null : { url: r.imageUrl },
  backgroundFile: r.backgroundUrl === null ? null : { url: r.backgroundUrl },
})

// A UserSqlRow's columns over `u` and the file joins they read: the list's and the profile's. Never the password hash.
const USER_COLUMNS = Prisma.raw(`u.id::text, u.name, u.email, u.role::text, u.company, u.image, u.email_verified AS "emailVerified",
    u.is_active AS "isActive", u.created_at AS "createdAt", fi.url AS "imageUrl", fb.url AS "backgroundUrl"`)
const USER_FILES = Prisma.raw('LEFT JOIN stored_files fi ON fi.id = u.image_file_id LEFT JOIN stored_files fb ON fb.id = u.background_file_id')

/**
 * One page of users with their file URLs joined in (`limit`: the page size plus one, for
 * next_after). Never the password hash. The page is cut before the joins, so that an offset page
 * joins its own rows only, not every row it skips.
 */
export function usersPageSql(query: UsersFilter, window: PageWindowSql): Prisma.Sql {
  const where = window.after ? Prisma.sql`${usersFilterSql(query)} AND ${keysetSql(SORTS, window.after, 'u.id', 'Role')}` : usersFilterSql(query)
  const order = orderBySql(SORTS, window.sort, 'u.id')
  return Prisma.sql`SELECT ${USER_COLUMNS}
    FROM (SELECT u.* FROM users u WHERE ${where} ${order} LIMIT ${window.limit} OFFSET ${window.offset}) u ${USER_FILES} ${order}`
}

/** One user by id (a UserSqlRow, or no row): the profile read. */
export function userSql(id: string): Prisma.Sql {
  return Prisma.sql`SELECT ${USER_COLUMNS} FROM users u ${USER_FILES} WHERE u.id = ${id}::uuid AND u.deleted_at IS NULL`
}

/**
 * The statement of the list's `total` (one row, `n`), and whether it is a capped count: exact from
 * the user_counts counters for any mix of role, verified and active; a search counted up to
 * TOTAL_CAP + 1.
 */
export function usersTotalSql(query: UsersFilter): { sql: Prisma.Sql; counted: boolean } {
  if (query.q?.trim()) {
    return { sql: Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM users u WHERE ${usersFilterSql(query)} LIMIT ${TOTAL_CAP + 1}) s`, counted: true }
  }
  const where = [Prisma.sql`true`]
  if (query.role) where.push(Prisma.sql`c.role = ${query.role}::"Role"`)
  if (query.verified !== undefined) where.push(Prisma.sql`c.verified = ${query.verified}`)
  if (query.active !== undefined) where.push(Prisma.sql`c.active = ${query.active}`)
  return { sql: Prisma.sql`SELECT coalesce(sum(c.count), 0)::int AS n FROM user_counts c WHERE ${Prisma.join(where, ' AND ')}`, counted: false }
}
