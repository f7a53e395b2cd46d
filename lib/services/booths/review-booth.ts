import { AppError, forbidden, notFound } from '@/lib/errors'
import { hasRole } from '@/lib/auth/auth-user'
import { db } from '@/lib/db'
import { publishBoothStatusChanged, publishDomainEvent } from '@/lib/events/domain-events'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import type { Prisma } from '@/lib/generated/prisma/client'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { isUuid } from '@/lib/services/is-uuid'
import { snapshotOf } from './booth-snapshot'
import type { BoothStatusJson } from './get-booth'
import { notifyBoothOwner } from './notify-booth-owner'
import { boothJsonSelect, presentBooth } from './present-booth'

export interface ReviewDecision {
  status: Extract<BoothStatus, 'accepted' | 'rejected'>
  /** Required (by the schema) when rejecting; dropped when accepting. */
  reason?: string | null
}

/**
 * Staff and admins accept a booth, or reject it with a reason. Accepting records a snapshot of
 * what was accepted and gives the booth its chat room (once: the room is unique per booth). The
 * change and its audit entry commit together; the owner is emailed afterwards, and told live
 * (`booth_status`) when the status or the reason changed.
 */
export async function reviewBooth(actor: Actor, id: string, decision: ReviewDecision): Promise<BoothStatusJson> {
  if (!hasRole(actor.role, 'staff')) throw forbidden('Only staff can review booths')
  if (!isUuid(id)) throw notFound('Booth')
  const reason = decision.status === 'rejected' ? (decision.reason ?? null) : null

  const changedAt = new Date()
  const outcome = await db().$transaction(async (tx) => {
    // Locked: two reviewers deciding at once are serialised, and each audit entry names the true previous status.
    const [locked] = await tx.$queryRaw<
      { status: BoothStatus; reason: string | null }[]
    >`SELECT status::text AS status, reason FROM trade_booths WHERE id = ${id}::uuid AND deleted_at IS NULL FOR UPDATE`
    if (!locked) throw notFound('Booth')
    const booth = await tx.tradeBooth.update({
      where: { id },
      data: {
        status: decision.status,
        reason,
        reviewedById: actor.id,
        reviewedAt: changedAt,
      },
      select: { ...boothJsonSelect, company: { select: { ownerId: true } } },
    })
    if (decision.status === 'accepted') {
      const snapshot: Prisma.InputJsonValue = { ...snapshotOf(presentBooth(booth)) }
      await tx.tradeBooth.update({ where: { id }, data: { acceptedSnapshot: snapshot }, select: { id: true } })
      await tx.room.upsert({
        where: { boothId: id },
        create: { name: booth.title, kind: 'booth', boothId: id, createdById: actor.id },
        update: {},
        select: { id: true },
      })
    }
    await recordAudit(
      {
        ...auditContext(actor),
        action: `booth.${decision.status}`,
        entityType: 'trade_booth',
        entityId: id,
        details: { title: booth.title, status_from: locked.status, status_to: decision.status, reason },
      },
      tx,
    )
    return { title: booth.title, ownerId: booth.company.ownerId, changed: locked.status !== decision.status || locked.reason !== reason }
  })

  publishDomainEvent({ entity: 'booth', action: decision.status, id, status: decision.status })
  // The owner hears it live when something changed (the same decision again changes nothing).
  if (outcome.changed) publishBoothStatusChanged({ boothId: id, ownerId: outcome.ownerId, title: outcome.title, status: decision.status, reason, changedAt })
  await notifyBoothOwner({ notice: decision.status, boothId: id, title: outcome.title, companyOwnerId: outcome.ownerId, reason })
  return { id, status: decision.status, reason }
}

export interface BulkAcceptResult {
  accepted: string[]
  /** Ids that are unknown (or malformed). */
  missing: string[]
}

/** Accepts several booths (the review queue's bulk action); each is its own transaction and mail. */
export async function acceptBooths(actor: Actor, ids: string[]): Promise<BulkAcceptResult> {
  if (!hasRole(actor.role, 'staff')) throw forbidden('Only staff can review booths')
  const unique = [...new Set(ids)]
  if (unique.length > 100) throw new AppError('validation', 'At most 100 booths at once', { errors: { ids: ['At most 100 booths at once'] } })
  const result: BulkAcceptResult = { accepted: [], missing: [] }
  for (const id of unique) {
    try {
      await reviewBooth(actor, id, { status: 'accepted' })
      result.accepted.push(id)
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') result.missing.push(id)
      else throw error
    }
  }
  return result
}
