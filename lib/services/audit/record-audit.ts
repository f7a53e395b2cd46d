import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { AuditAction } from './audit-actions'

/** One admin action worth keeping: who did what to which record, from where. */
export interface AuditEntry {
  /** Null for the system (seed, scheduled jobs). Kept as null when the actor is deleted later. */
  actorId: string | null
  /** Dotted verb, e.g. `user.role_changed`: one of AUDIT_ACTIONS, each worded by describe-audit-entry.ts. */
  action: AuditAction
  entityType: string
  entityId?: string | null
  /** Never secrets: no passwords, codes or tokens. */
  details?: Prisma.InputJsonValue
  ip?: string | null
  requestId?: string | null
}

/** Anything with the auditLog delegate: the client, or a transaction's client. */
type AuditClient = Pick<Prisma.TransactionClient, 'auditLog'>

/**
 * Records an audit entry. Pass the transaction's client so the entry commits (or rolls back)
 * with the change it describes.
 */
export async function recordAudit(entry: AuditEntry, client: AuditClient = db()): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details,
      ip: entry.ip ?? null,
      requestId: entry.requestId ?? null,
    },
    select: { id: true },
  })
}
