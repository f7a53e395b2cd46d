import { orderBy, pageOf, pageWindow, type Page } from '@/lib/pagination'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'
import type { UserJson } from '@/lib/schemas/users'
import type { USER_SORT_FIELDS } from '@/lib/schemas/users'
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
}

/** The filter of a users query; also what a CSV export of "the current filter" reuses. */
export function usersWhere(query: Omit<ListUsersQuery, 'page' | 'page_size' | 'sort'>): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {}
  const q = query.q?.trim()
  if (q) where.OR = [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }]
  if (query.role) where.role = query.role
  if (query.verified !== undefined) where.emailVerified = query.verified ? { not: null } : null
  if (query.active !== undefined) where.isActive = query.active
  return where
}

/**
 * A page of users, newest first by default; the (role, created_at) index serves the role filter,
 * trigram indexes the `q` search. The page and its count run side by side (see listBooths).
 */
export async function listUsers(query: ListUsersQuery): Promise<Page<UserJson>> {
  const where = usersWhere(query)
  const prisma = db()
  const [rows, total] = await Promise.all([
    prisma.user.findMany({ where, orderBy: orderBy(query.sort, sortColumns), ...pageWindow(query), select: userColumnsSelect }).then(withUserFiles),
    prisma.user.count({ where }),
  ])
  return pageOf(rows.map(presentUser), total, query)
}
