import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { isUuid } from '@/lib/services/is-uuid'
import { canManage } from './booth-access'
import { assertNotDuplicate } from './booth-input'
import { restorableAt } from './booth-trash'

/**
 * Takes a booth out of the trash (whoever could delete it: its company's owner, staff or an admin),
 * with its status, files, room and messages as they were. Anyone else, a booth past its 30 days and
 * one whose company is in the trash (restore the company) get a 404. Refused with 409 when a booth just like it (same company, title, start and location)
 * was created meanwhile.
 */
export async function restoreBooth(actor: Actor, id: string, now: Date = new Date()): Promise<{ id: string; title: string }> {
  if (!isUuid(id)) throw notFound('Booth')
  const booth = await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM trade_booths WHERE id = ${id}::uuid AND deleted_at IS NOT NULL FOR UPDATE`
    const booth = locked
      ? await tx.tradeBooth.findFirst({
          where: { id, ...restorableAt(now), company: { is: { deletedAt: null } } },
          select: { id: true, title: true, status: true, location: true, startsAt: true, companyId: true, company: { select: { ownerId: true } } },
        })
      : null
    if (!booth || !canManage(actor, booth.company.ownerId)) throw notFound('Booth')
    await assertNotDuplicate(tx, booth)
    await tx.tradeBooth.update({ where: { id }, data: { deletedAt: null, deletedById: null }, select: { id: true } })
    await recordAudit(
      { ...auditContext(actor), action: 'booth.restored', entityType: 'trade_booth', entityId: id, details: { title: booth.title, status: booth.status } },
      tx,
    )
    return booth
  })
  publishDomainEvent({ entity: 'booth', action: 'restored', id, status: booth.status })
  return { id: booth.id, title: booth.title }
}
