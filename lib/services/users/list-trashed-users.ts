import { db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import { daysLeft, purgeDueAt, trashCutoff } from '@/lib/services/booths/booth-trash'
import { assertAdmin } from './admin-rules'
import type { Actor } from '@/lib/services/actor'

const LIMIT = 200

export interface TrashedUser {
  id: string
  name: string | null
  email: string
  role: Role
  /** The companies that went to the trash with it (and come back with it). */
  companies: number
  deletedAt: Date
  purgeAt: Date
  daysLeft: number
  /** Who deleted it (a name, else an email); null when that account is gone. */
  deletedBy: string | null
}

/** The accounts in the trash (admins only: staff see no accounts), newest deletion first. */
export async function listTrashedUsers(actor: Actor, now: Date = new Date()): Promise<TrashedUser[]> {
  assertAdmin(actor)
  const rows = await db().user.findMany({
    where: { deletedAt: { not: null, gte: trashCutoff(now) } },
    orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
    take: LIMIT,
    select: { id: true, name: true, email: true, role: true, deletedAt: true, deletedBy: { select: { name: true, email: true } } },
  })
  const withCompanies = await db().company.groupBy({
    by: ['ownerId', 'deletedAt'],
    where: { ownerId: { in: rows.map((row) => row.id) }, deletedAt: { not: null } },
    _count: { _all: true },
  })
  const companiesOf = (id: string, at: Date | null) =>
    withCompanies.find((group) => group.ownerId === id && group.deletedAt?.getTime() === at?.getTime())?._count._all ?? 0
  return rows.map((row) => {
    const deletedAt = row.deletedAt ?? now
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      companies: companiesOf(row.id, row.deletedAt),
      deletedAt,
      purgeAt: purgeDueAt(deletedAt),
      daysLeft: daysLeft(deletedAt, now),
      deletedBy: row.deletedBy ? (row.deletedBy.name ?? row.deletedBy.email) : null,
    }
  })
}
