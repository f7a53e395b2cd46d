import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { trashCutoff } from '@/lib/services/booths/booth-trash'
import { isUuid } from '@/lib/services/is-uuid'
import { canManageCompany, duplicateName } from './company-access'

/**
 * Takes a company out of the trash (its owner, staff or an admin) with the booths that went with it
 * (trashed at the same instant; a booth deleted on its own before stays in the trash). Anyone else,
 * a company past its 30 days, and one whose owner's account is in the trash (it comes back with the
 * account, users/restore-user.ts), get a 404; a live company with the same name meanwhile is a 409.
 */
export async function restoreCompany(actor: Actor, id: string, now: Date = new Date()): Promise<{ id: string; name: string }> {
  if (!isUuid(id)) throw notFound('Company')
  const company = await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM companies WHERE id = ${id}::uuid AND deleted_at IS NOT NULL FOR UPDATE`
    const company = locked
      ? await tx.company.findFirst({
          where: { id, deletedAt: { not: null, gte: trashCutoff(now) }, owner: { deletedAt: null } },
          select: { id: true, name: true, nameKey: true, ownerId: true, deletedAt: true },
        })
      : null
    if (!company?.deletedAt || !canManageCompany(actor, company)) throw notFound('Company')
    if (await tx.company.findFirst({ where: { nameKey: company.nameKey, deletedAt: null }, select: { id: true } })) throw duplicateName()
    await tx.company.update({ where: { id }, data: { deletedAt: null, deletedById: null }, select: { id: true } })
    const booths = await tx.tradeBooth.updateMany({ where: { companyId: id, deletedAt: company.deletedAt }, data: { deletedAt: null, deletedById: null } })
    await recordAudit(
      { ...auditContext(actor), action: 'company.restored', entityType: 'company', entityId: id, details: { name: company.name, booths: booths.count } },
      tx,
    )
    return company
  })
  publishDomainEvent({ entity: 'company', action: 'restored', id })
  return { id: company.id, name: company.name }
}
