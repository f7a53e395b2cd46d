import { db } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { isUuid } from '@/lib/services/is-uuid'

export interface BoothStatusEvent {
  action: 'created' | 'accepted' | 'rejected' | 'resubmitted' | 'reopened'
  status: BoothStatus
  reason: string | null
  actor_id: string | null
  actor_name: string | null
  at: string
}

const ACTIONS = {
  'booth.created': 'created',
  'booth.accepted': 'accepted',
  'booth.rejected': 'rejected',
  'booth.resubmitted': 'resubmitted',
  'booth.reopened': 'reopened',
} as const
const STATUS_AFTER: Record<BoothStatusEvent['action'], BoothStatus> = {
  created: 'pending',
  accepted: 'accepted',
  rejected: 'rejected',
  resubmitted: 'pending',
  reopened: 'pending',
}

const reasonOf = (details: unknown): string | null => {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return null
  const reason = (details as Record<string, unknown>).reason
  return typeof reason === 'string' ? reason : null
}

/**
 * A booth's status changes, oldest first, read from the audit log (which records each one). A
 * decision that left no entry (rows written before decisions were audited, or by hand) still shows:
 * when the log does not end in the booth's current decision, the booth's own reviewed_at and reason
 * stand for that step.
 */
export async function boothStatusHistory(boothId: string): Promise<BoothStatusEvent[]> {
  if (!isUuid(boothId)) return []
  const prisma = db()
  const [entries, booth] = await Promise.all([
    prisma.auditLog.findMany({
      where: { entityType: 'trade_booth', entityId: boothId, action: { in: Object.keys(ACTIONS) } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { action: true, details: true, actorId: true, createdAt: true, actor: { select: { name: true } } },
    }),
    prisma.tradeBooth.findUnique({
      where: { id: boothId },
      select: { status: true, reason: true, reviewedAt: true, reviewedById: true, reviewedBy: { select: { name: true } } },
    }),
  ])
  const events: BoothStatusEvent[] = entries.map((entry) => {
    const action = ACTIONS[entry.action as keyof typeof ACTIONS]
    return {
      action,
      status: STATUS_AFTER[action],
      reason: reasonOf(entry.details),
      actor_id: entry.actorId,
      actor_name: entry.actor?.name ?? null,
      at: entry.createdAt.toISOString(),
    }
  })
  const decided = booth && booth.status !== 'pending' && booth.reviewedAt
  if (decided && events.at(-1)?.status !== booth.status) {
    events.push({
      action: booth.status === 'accepted' ? 'accepted' : 'rejected',
      status: booth.status,
      reason: booth.reason,
      actor_id: booth.reviewedById,
      actor_name: booth.reviewedBy?.name ?? null,
      at: booth.reviewedAt!.toISOString(),
    })
  }
  return events
}
