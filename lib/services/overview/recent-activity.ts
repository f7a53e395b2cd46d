import { db } from '@/lib/db'
import type { Actor } from '@/lib/services/actor'
import { describeAuditEntries } from '@/lib/services/audit/describe-audit-entries'
import type { AuditSentence } from '@/lib/services/audit/describe-audit-entry'

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
  /** The entry in words, as this viewer may read it (names for staff, never emails). */
  sentence: AuditSentence
  /** Admins only, as on the audit page: where the change came from. */
  ip?: string | null
}

/**
 * The latest audit entries, newest first (UUIDv7 ids break ties within a millisecond), as `viewer`
 * may see them: actors by name; their emails and the client IP for admins only.
 */
export async function recentActivity(viewer: Pick<Actor, 'role'>, limit = 10): Promise<ActivityItem[]> {
  const withEmails = viewer.role === 'admin'
  const rows = await db().auditLog.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      details: true,
      createdAt: true,
      ip: withEmails,
      actor: { select: { id: true, name: true, email: withEmails } },
    },
  })
  const sentences = await describeAuditEntries(rows, { isAdmin: withEmails })
  return rows.map(({ actor, ip, id, action, entityType, entityId, createdAt }, index) => ({
    id,
    action,
    entityType,
    entityId,
    createdAt,
    sentence: sentences[index]!,
    ...(withEmails && { ip: ip ?? null }),
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    ...(withEmails && { actorEmail: actor?.email ?? null }),
  }))
}
