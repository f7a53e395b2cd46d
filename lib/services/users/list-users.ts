import { AppError } from '@/lib/errors'
import { afterItem, decodeAfter, keysetWhere, TOTAL_CAP } from '@/lib/keyset'
import { orderBy, pageOf, pageWindow, type KeysetPage } from '@/lib/pagination'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'
import type { UserJson } from '@/lib/schemas/users'
import { USER_SORT_COLUMNS, type USER_SORT_FIELDS } from '@/lib/schemas/users'
import { presentUser, userColumnsSelect, withUserFiles } from './present-user'

const sortColumns: Record<(typeof USER_SORT_FIELDS)[number], string> = { created_at: 'createdAt', name: 'name', email: 'email', role: 'role' }

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

/** The filter of a users query; also what a CSV export of "the current filter" reuses. */
export function usersWhere(query: Omit<ListUsersQuery, 'page' | 'page_size' | 'sort' | 'after'>): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {}
  const q = query.q?.trim()
  if (q) where.OR = [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }]
  if (query.role) where.role = query.role
  if (query.verified !== undefined) where.emailVerified = query.verified ? { not: null } : null
  if (query.active !== undefined) where.isActive = query.active
  return where
}

/**
 * A page of users, newest first by default, from `page` (offset) or `after` (keyset); the
 * (role, created_at) index serves the role filter, trigram indexes the `q` search. `total` runs
 * beside the page (see listBooths): exact from the user_counts counters for any mix of role,
 * verified and active; a search is counted up to TOTAL_CAP.
 */
export async function listUsers(query: ListUsersQuery): Promise<KeysetPage<UserJson>> {
  const filter = usersWhere(query)
  const after = query.after ? decodeAfter(query.after, query.sort, USER_SORT_COLUMNS) : null
  if (typeof after === 'string') throw new AppError('validation', 'Validation failed', { errors: { after: [after] } })
  const where = after ? { AND: [filter, keysetWhere(after, USER_SORT_COLUMNS) as Prisma.UserWhereInput] } : filter
  const window = after ? { take: query.page_size + 1 } : { ...pageWindow(query), take: query.page_size + 1 }
  const prisma = db()
  const [rows, total] = await Promise.all([
    prisma.user.findMany({ where, orderBy: orderBy(query.sort, sortColumns), ...window, select: userColumnsSelect }).then(withUserFiles),
    countUsers(query, filter),
  ])
  const items = rows.slice(0, query.page_size).map(presentUser)
  const more = rows.length > query.page_size
  return { ...pageOf(items, total.total, query), total_capped: total.capped, next_after: more ? afterItem(query.sort, items.at(-1)!) : null }
}

async function countUsers(query: ListUsersQuery, filter: Prisma.UserWhereInput): Promise<{ total: number; capped: boolean }> {
  if (query.q?.trim()) {
    const counted = await db().user.count({ where: filter, take: TOTAL_CAP + 1 })
    return { total: Math.min(counted, TOTAL_CAP), capped: counted > TOTAL_CAP }
  }
  const sum = await db().userCount.aggregate({ _sum: { count: true }, where: { role: query.role, verified: query.verified, active: query.active } })
  return { total: sum._sum.count ?? 0, capped: false }
}
