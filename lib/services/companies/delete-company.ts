import { forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { localeOr } from '@/lib/i18n/locales'
import { publishDomainEvent } from '@/lib/events/domain-events'
import type { Prisma } from '@/lib/generated/prisma/client'
import { queueMail } from '@/lib/mail/send-mail'
import { companyDeletedMail } from '@/lib/mail/templates/company-mails'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { notTrashed } from '@/lib/services/booths/booth-visibility'
import { isUuid } from '@/lib/services/is-uuid'
import { canManageCompany } from './company-access'

interface TrashedCompany {
  id: string
  name: string
  ownerId: string
  owner: { email: string; locale: string | null }
}

/**
 * Moves one live company to the trash inside `tx`, with its live booths, all stamped `now` (a
 * restore brings back exactly those): locked first, so that a concurrent edit or booth creation
 * cannot act on a company being trashed; audit-logged. `may` decides whether `actor` may (else
 * 403). Null when there is no such live company. Also used by an account's move to the trash
 * (users/delete-user.ts), which takes the owner's companies with it.
 */
export async function moveCompanyToTrash(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: string,
  now: Date,
  may: (company: { ownerId: string }) => boolean = (company) => canManageCompany(actor, company),
): Promise<{ company: TrashedCompany; boothCount: number } | null> {
  const [locked] = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM companies WHERE id = ${id}::uuid AND deleted_at IS NULL FOR UPDATE`
  if (!locked) return null
  const company = await tx.company.findUniqueOrThrow({
    where: { id },
    select: { id: true, name: true, ownerId: true, owner: { select: { email: true, locale: true } } },
  })
  if (!may(company)) throw forbidden('Only the owner, staff or an admin can delete this company')
  const boothCount = await tx.tradeBooth.count({ where: { companyId: id, ...notTrashed } })
  await recordAudit(
    {
      ...auditContext(actor),
      action: 'company.deleted',
      entityType: 'company',
      entityId: id,
      details: { name: company.name, owner_id: company.ownerId, booths: boothCount },
    },
    tx,
  )
  await tx.company.update({ where: { id }, data: { deletedAt: now, deletedById: actor.id }, select: { id: true } })
  await tx.tradeBooth.updateMany({ where: { companyId: id, ...notTrashed }, data: { deletedAt: now, deletedById: actor.id } })
  return { company, boothCount }
}

/**
 * Deletes a company (its owner, staff or an admin) by moving it to the trash with its booths, all
 * stamped with the same instant so that a restore (restore-company.ts) brings back exactly those:
 * from then on the company, its booths, their rooms and its logo are gone for every reader, but
 * rows and files stay until the purge 30 days later (purge-companies.ts). Audit-logged; an owner
 * whose company someone else deleted is told by email.
 */
export async function deleteCompany(actor: Actor, id: string, now: Date = new Date()): Promise<{ name: string; booths: number }> {
  if (!isUuid(id)) throw notFound('Company')
  const trashed = await db().$transaction((tx) => moveCompanyToTrash(tx, actor, id, now))
  if (!trashed) throw notFound('Company')
  const { company, boothCount } = trashed
  publishDomainEvent({ entity: 'company', action: 'deleted', id })
  if (company.ownerId !== actor.id) {
    queueMail(
      companyDeletedMail({ to: company.owner.email, companyName: company.name, boothCount, deletedBy: actor.role, locale: localeOr(company.owner.locale) }),
    )
  }
  return { name: company.name, booths: boothCount }
}
