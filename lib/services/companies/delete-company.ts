import { forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { notTrashed } from '@/lib/services/booths/booth-visibility'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { queueMail } from '@/lib/mail/send-mail'
import { companyDeletedMail } from '@/lib/mail/templates/company-mails'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { isUuid } from '@/lib/services/is-uuid'
import { fileStorage } from '@/lib/storage/file-storage'
import { canManageCompany } from './company-access'

const ofCompany = (companyId: string) => ({ is: { companyId } })

/**
 * Deletes a company (its owner, staff or an admin) and, through the database, its booths and their
 * rooms. The logo and every booth file go too: rows in the transaction, bytes once it has
 * committed. Audit-logged; an owner whose company someone else deleted is told by email.
 */
export async function deleteCompany(actor: Actor, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Company')
  const { files, company, boothCount } = await db().$transaction(async (tx) => {
    // Locked, so that a concurrent update cannot attach a new logo that would outlive the company.
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM companies WHERE id = ${id}::uuid FOR UPDATE`
    if (!locked) throw notFound('Company')
    const company = await tx.company.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, ownerId: true, owner: { select: { email: true } } } })
    if (!canManageCompany(actor, company)) throw forbidden('Only the owner, staff or an admin can delete this company')
    const files = await tx.storedFile.findMany({
      where: { OR: [{ companyImage: { is: { id } } }, { boothImage: ofCompany(id) }, { boothPdf: ofCompany(id) }, { boothDocx: ofCompany(id) }] },
      select: { id: true, driver: true, key: true },
    })
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
    if (files.length) await tx.storedFile.deleteMany({ where: { id: { in: files.map((file) => file.id) } } })
    await tx.company.delete({ where: { id }, select: { id: true } })
    return { files, company, boothCount }
  })
  publishDomainEvent({ entity: 'company', action: 'deleted', id })
  await fileStorage.removeBytes(files)
  if (company.ownerId !== actor.id) {
    queueMail(companyDeletedMail({ to: company.owner.email, companyName: company.name, boothCount, deletedBy: actor.role }))
  }
}
