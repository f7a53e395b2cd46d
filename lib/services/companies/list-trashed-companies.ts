import { hasRole } from '@/lib/auth/auth-user'
import { db } from '@/lib/db'
import type { Actor } from '@/lib/services/actor'
import { daysLeft, purgeDueAt, trashCutoff } from '@/lib/services/booths/booth-trash'

const LIMIT = 200

export interface TrashedCompany {
  id: string
  name: string
  /** The booths that went to the trash with it (and come back with it). */
  booths: number
  deletedAt: Date
  purgeAt: Date
  daysLeft: number
  /** Who deleted it: a name, or an email for admins (staff see no emails); null when that account is gone. */
  deletedBy: string | null
}

/**
 * The companies in the trash that `actor` could restore: every one for staff and admins, their own for anyone else; newest deletion first.
 * Those of an account in the trash are not listed: they come back with it.
 */
export async function listTrashedCompanies(actor: Actor, now: Date = new Date()): Promise<TrashedCompany[]> {
  const rows = await db().company.findMany({
    where: { deletedAt: { not: null, gte: trashCutoff(now) }, owner: { deletedAt: null }, ...(!hasRole(actor.role, 'staff') && { ownerId: actor.id }) },
    orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
    take: LIMIT,
    select: { id: true, name: true, deletedAt: true, deletedBy: { select: { name: true, email: true } } },
  })
  const withBooths = await db().tradeBooth.groupBy({
    by: ['companyId', 'deletedAt'],
    where: { companyId: { in: rows.map((row) => row.id) }, deletedAt: { not: null } },
    _count: { _all: true },
  })
  const boothsOf = (id: string, at: Date | null) =>
    withBooths.find((group) => group.companyId === id && group.deletedAt?.getTime() === at?.getTime())?._count._all ?? 0
  return rows.map((row) => {
    const deletedAt = row.deletedAt ?? now
    const by = row.deletedBy
    return {
      id: row.id,
      name: row.name,
      booths: boothsOf(row.id, row.deletedAt),
      deletedAt,
      purgeAt: purgeDueAt(deletedAt),
      daysLeft: daysLeft(deletedAt, now),
      deletedBy: by ? (by.name ?? (actor.role === 'admin' ? by.email : 'A user without a name')) : null,
    }
  })
}
