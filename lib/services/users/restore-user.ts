import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { trashCutoff } from '@/lib/services/booths/booth-trash'
import { isUuid } from '@/lib/services/is-uuid'
import { assertAdmin } from './admin-rules'

/**
 * Takes an account out of the trash (admins only) with the companies that went with it (trashed at
 * the same instant) and their booths (likewise); a company or booth deleted on its own before
 * stays in the trash. A company whose name a live company has taken meanwhile stays in the trash
 * too (restorable on its own once renamed), so that a restore is always allowed. The account signs
 * in anew: its old sessions stay ended. An account past its 30 days gets a 404.
 */
export async function restoreUser(
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<{ id: string; name: string | null; email: string; companies: number }> {
  assertAdmin(actor)
  if (!isUuid(id)) throw notFound('User')
  const { user, companies } = await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${id}::uuid AND deleted_at IS NOT NULL FOR UPDATE`
    const user = locked
      ? await tx.user.findFirst({
          where: { id, deletedAt: { not: null, gte: trashCutoff(now) } },
          select: { id: true, name: true, email: true, deletedAt: true },
        })
      : null
    if (!user?.deletedAt) throw notFound('User')
    await tx.user.update({ where: { id }, data: { deletedAt: null, deletedById: null }, select: { id: true } })
    const trashed = await tx.company.findMany({
      where: { ownerId: id, deletedAt: user.deletedAt },
      orderBy: { id: 'asc' },
      select: { id: true, nameKey: true },
    })
    const companies: string[] = []
    for (const company of trashed) {
      if (await tx.company.findFirst({ where: { nameKey: company.nameKey, deletedAt: null }, select: { id: true } })) continue
      await tx.company.update({ where: { id: company.id }, data: { deletedAt: null, deletedById: null }, select: { id: true } })
      await tx.tradeBooth.updateMany({ where: { companyId: company.id, deletedAt: user.deletedAt }, data: { deletedAt: null, deletedById: null } })
      companies.push(company.id)
    }
    await recordAudit(
      { ...auditContext(actor), action: 'user.restored', entityType: 'user', entityId: id, details: { name: user.name, companies: companies.length } },
      tx,
    )
    return { user, companies }
  })
  publishDomainEvent({ entity: 'user', action: 'restored', id })
  for (const company of companies) publishDomainEvent({ entity: 'company', action: 'restored', id: company })
  return { id: user.id, name: user.name, email: user.email, companies: companies.length }
}
