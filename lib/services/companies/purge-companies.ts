import { forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit, type AuditEntry } from '@/lib/services/audit/record-audit'
import { trashCutoff } from '@/lib/services/booths/booth-trash'
import { isUuid } from '@/lib/services/is-uuid'
import { fileStorage } from '@/lib/storage/file-storage'

const BATCH = 100
const ofCompany = (companyId: string) => ({ is: { companyId } })

/**
 * Removes one trashed company for good: its row, and through the database its booths (those trashed
 * with it and any trashed before), their rooms and messages; the logo's and every booth file's rows,
 * then their bytes once that has committed. `deletedBefore`: only if trashed before then (the
 * scheduled purge; a company restored meanwhile is left alone). Returns whether it went.
 */
async function purgeTrashedCompany(id: string, audit: Pick<AuditEntry, 'actorId' | 'ip' | 'requestId'>, deletedBefore?: Date): Promise<boolean> {
  const files = await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM companies WHERE id = ${id}::uuid AND deleted_at IS NOT NULL FOR UPDATE`
    const company = locked
      ? await tx.company.findFirst({ where: { id, deletedAt: deletedBefore ? { lt: deletedBefore } : { not: null } }, select: { name: true } })
      : null
    if (!company) return null
    const files = await tx.storedFile.findMany({
      where: { OR: [{ companyImage: { is: { id } } }, { boothImage: ofCompany(id) }, { boothPdf: ofCompany(id) }, { boothDocx: ofCompany(id) }] },
      select: { id: true, driver: true, key: true },
    })
    await recordAudit({ ...audit, action: 'company.purged', entityType: 'company', entityId: id, details: { name: company.name } }, tx)
    if (files.length) await tx.storedFile.deleteMany({ where: { id: { in: files.map((file) => file.id) } } })
    await tx.company.delete({ where: { id }, select: { id: true } })
    return files
  })
  if (!files) return false
  await fileStorage.removeBytes(files)
  return true
}

/** An admin's "Delete now" of a company in the trash (404 if it is not in the trash). */
export async function purgeCompany(actor: Actor, id: string): Promise<void> {
  if (actor.role !== 'admin') throw forbidden('Only an administrator can delete a company for good')
  if (!isUuid(id) || !(await purgeTrashedCompany(id, auditContext(actor)))) throw notFound('Company')
}

/** The scheduled purge (housekeeping): every company in the trash for over 30 days at `now`. */
export async function purgeExpiredCompanies(now: Date = new Date()): Promise<number> {
  const cutoff = trashCutoff(now)
  let purged = 0
  for (;;) {
    const batch = await db().company.findMany({ where: { deletedAt: { lt: cutoff } }, orderBy: { deletedAt: 'asc' }, take: BATCH, select: { id: true } })
    for (const { id } of batch) if (await purgeTrashedCompany(id, { actorId: null }, cutoff)) purged += 1
    if (batch.length < BATCH) return purged
  }
}
