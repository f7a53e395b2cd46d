import { db } from '@/lib/db'
import type { Actor } from '@/lib/services/actor'

export interface ActivityItem {
  id: string
  action: string
  entityType: string
  entityId: string | null
  /** Null for the system, or once the actor's account is deleted. */
  actorId: string | null
  actorName: string | null
  /** Admins only: staff see names, never other users' emails (the key is absent for them). */
  actorEmail?: string | null
  createdAt: Date
}

/**
 * The latest audit entries, newest first (UUIDv7 ids break ties within a millisecond), as `viewer`
 * may see them: actors by name; their emails for admins only. Never the client IP.
 */
export async function recentActivity(viewer: Pick<Actor, 'role'>, limit = 10): Promise<ActivityItem[]> {
  const withEmails = viewer.role === 'admin'
  const rows = await db().auditLog.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, actor: { select: { id: true, name: true, email: withEmails } } },
  })
  return rows.map(({ actor, ...row }) => ({
    ...row,
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    ...(withEmails && { actorEmail: actor?.email ?? null }),
  }))
}
