import { hasRole } from '@/lib/auth/auth-user'
import { db } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import type { Actor } from '@/lib/services/actor'
import { daysLeft, purgeDueAt, restorableAt } from './booth-trash'

/** At most this many trashed booths are listed (newest deletion first). */
const LIMIT = 200

export interface TrashedBooth {
  id: string
  title: string
  status: BoothStatus
  companyName: string
  deletedAt: Date
  purgeAt: Date
  daysLeft: number
  /** Who deleted it: a name, or an email for admins (staff see no emails); null when that account is gone. */
  deletedBy: string | null
}

/**
 * The booths in the trash that `actor` could restore (restore-booth.ts): every one for staff and
 * admins, their own companies' for anyone else; newest deletion first. Booths that went to the trash
 * with their company are listed with it (list-trashed-companies.ts), not here.
 */
export async function listTrashedBooths(actor: Actor, now: Date = new Date()): Promise<TrashedBooth[]> {
  const rows = await db().tradeBooth.findMany({
    where: { ...restorableAt(now), company: { is: { deletedAt: null, ...(!hasRole(actor.role, 'staff') && { ownerId: actor.id }) } } },
    orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
    take: LIMIT,
    select: {
      id: true,
      title: true,
      status: true,
      deletedAt: true,
      company: { select: { name: true } },
      deletedBy: { select: { name: true, email: true } },
    },
  })
  return rows.map((row) => {
    const deletedAt = row.deletedAt ?? now
    const by = row.deletedBy
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      companyName: row.company.name,
      deletedAt,
      purgeAt: purgeDueAt(deletedAt),
      daysLeft: daysLeft(deletedAt, now),
      deletedBy: by ? (by.name ?? (actor.role === 'admin' ? by.email : 'A user without a name')) : null,
    }
  })
}
