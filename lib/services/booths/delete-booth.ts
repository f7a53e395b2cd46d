import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { fileStorage } from '@/lib/storage/file-storage'
import { boothForChange } from './booth-access'
import { notifyBoothOwner } from './notify-booth-owner'

/**
 * Deletes a booth (its company's owner, staff or admin) with its files and its chat room (the
 * room and its messages go with it by cascade). Rows go in one transaction; bytes once it has
 * committed. The owner is emailed when someone else (staff) deleted it.
 */
export async function deleteBooth(actor: Actor, id: string): Promise<void> {
  const prisma = db()
  const owned = await boothForChange(prisma, actor, id)
  const { files, title } = await prisma.$transaction(async (tx) => {
    const booth = await tx.tradeBooth.findUnique({ where: { id }, select: { title: true, status: true, imageFileId: true, pdfFileId: true, docxFileId: true } })
    if (!booth) throw notFound('Booth')
    const fileIds = [booth.imageFileId, booth.pdfFileId, booth.docxFileId].filter((fileId): fileId is string => Boolean(fileId))
    const files = await tx.storedFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, driver: true, key: true } })
    await recordAudit(
      { ...auditContext(actor), action: 'booth.deleted', entityType: 'trade_booth', entityId: id, details: { title: booth.title, status: booth.status } },
      tx,
    )
    await tx.tradeBooth.delete({ where: { id }, select: { id: true } })
    if (files.length) await tx.storedFile.deleteMany({ where: { id: { in: fileIds } } })
    return { files, title: booth.title }
  })
  publishDomainEvent({ entity: 'booth', action: 'deleted', id })
  await fileStorage.removeBytes(files)
  if (owned.company.ownerId !== actor.id) await notifyBoothOwner({ notice: 'deleted', boothId: id, title, companyOwnerId: owned.company.ownerId })
}
