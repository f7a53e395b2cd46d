import { conflict, forbidden, notFound } from '@/lib/errors'
import { hasRole } from '@/lib/auth/auth-user'
import { db } from '@/lib/db'
import { publishBoothStatusChanged, publishDomainEvent } from '@/lib/events/domain-events'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { isUuid } from '@/lib/services/is-uuid'
import type { BoothStatusJson } from './get-booth'
import { notifyBoothOwner } from './notify-booth-owner'

/**
 * Staff take back a decision: an accepted or rejected booth goes back to `pending`, into the review
 * queue, with an optional note for the owner. The booth keeps its room and its accepted snapshot
 * (the queue then shows what changed since it was accepted), but a pending booth is not public:
 * booth-visibility.ts hides it, and its room with it, from everyone but its owner and staff until it
 * is accepted again. The rejection reason is cleared (it no longer applies); the note is kept in the
 * audit entry, which the status history reads.
 */
export async function reopenBooth(actor: Actor, id: string, note?: string | null): Promise<BoothStatusJson> {
  if (!hasRole(actor.role, 'staff')) throw forbidden('Only staff can review booths')
  if (!isUuid(id)) throw notFound('Booth')
  const reason = note?.trim() || null

  const changedAt = new Date()
  const outcome = await db().$transaction(async (tx) => {
    // Locked as in reviewBooth: a decision and a re-opening at once are serialised.
    const [locked] = await tx.$queryRaw<{ status: BoothStatus }[]>`SELECT status::text AS status FROM trade_booths WHERE id = ${id}::uuid FOR UPDATE`
    if (!locked) throw notFound('Booth')
    if (locked.status === 'pending') throw conflict('This booth is already waiting for review')
    const booth = await tx.tradeBooth.update({
      where: { id },
      data: { status: 'pending', reason: null, reviewedById: actor.id, reviewedAt: changedAt },
      select: { title: true, company: { select: { ownerId: true } } },
    })
    await recordAudit(
      {
        ...auditContext(actor),
        action: 'booth.reopened',
        entityType: 'trade_booth',
        entityId: id,
        details: { title: booth.title, status_from: locked.status, status_to: 'pending', reason },
      },
      tx,
    )
    return { title: booth.title, ownerId: booth.company.ownerId }
  })

  publishDomainEvent({ entity: 'booth', action: 'reopened', id, status: 'pending' })
  publishBoothStatusChanged({ boothId: id, ownerId: outcome.ownerId, title: outcome.title, status: 'pending', reason: null, changedAt })
  await notifyBoothOwner({ notice: 'reopened', boothId: id, title: outcome.title, companyOwnerId: outcome.ownerId, reason })
  return { id, status: 'pending', reason: null }
}
