import { db } from '@/lib/db'

export interface ActivityItem {
  id: string
  action: string
  entityType: string
  entityId: string | null
  /** Null for the system, or once the actor's account is deleted. */
  actorEmail: string | null
  createdAt: Date
}

/** The latest audit entries, newest first (UUIDv7 ids break ties within a millisecond). */
export async function recentActivity(limit = 10): Promise<ActivityItem[]> {
  const rows = await db().auditLog.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, actor: { select: { email: true } } },
  })
  return rows.map(({ actor, ...row }) => ({ ...row, actorEmail: actor?.email ?? null }))
}
