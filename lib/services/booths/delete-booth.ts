import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { boothForChange } from './booth-access'
import { notifyBoothOwner } from './notify-booth-owner'

/**
 * Deletes a booth (its company's owner, staff or admin) by moving it to the trash (booth-trash.ts):
 * from then on it is gone for every reader, its room and messages included, but its row, room and
 * files stay so that a restore brings everything back; the purge removes them after 30 days. The
 * owner is emailed when someone else (staff) deleted it.
 */
export async function deleteBooth(actor: Actor, id: string, now: Date = new Date()): Promise<{ title: string }> {
  const prisma = db()
  const owned = await boothForChange(prisma, actor, id)
  const title = await prisma.$transaction(async (tx) => {
    // Locked, so that an edit or a review at the same moment cannot act on a booth being trashed.
    const [booth] = await tx.$queryRaw<
      { title: string; status: string }[]
    >`SELECT title, status::text AS status FROM trade_booths WHERE id = ${id}::uuid AND deleted_at IS NULL FOR UPDATE`
    if (!booth) throw notFound('Booth')
    await recordAudit(
      { ...auditContext(actor), action: 'booth.deleted', entityType: 'trade_booth', entityId: id, details: { title: booth.title, status: booth.status } },
      tx,
    )
    await tx.tradeBooth.update({ where: { id }, data: { deletedAt: now, deletedById: actor.id }, select: { id: true } })
    return booth.title
  })
  publishDomainEvent({ entity: 'booth', action: 'deleted', id })
  if (owned.company.ownerId !== actor.id) await notifyBoothOwner({ notice: 'deleted', boothId: id, title, companyOwnerId: owned.company.ownerId })
  return { title }
}
