import { forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit, type AuditEntry } from '@/lib/services/audit/record-audit'
import { isUuid } from '@/lib/services/is-uuid'
import { fileStorage } from '@/lib/storage/file-storage'
import { trashCutoff } from './booth-trash'

/** Booths purged per statement by the scheduled purge. */
const BATCH = 100

/**
 * Removes one trashed booth for good: its row (its room and messages go by cascade), its files'
 * rows, then their bytes once that has committed. `deletedBefore`: only if it was trashed before
 * then (the scheduled purge; a booth restored meanwhile is left alone). Returns whether it went.
 */
async function purgeTrashedBooth(id: string, audit: Pick<AuditEntry, 'actorId' | 'ip' | 'requestId'>, deletedBefore?: Date): Promise<boolean> {
  const files = await db().$transaction(async (tx) => {
    // Locked, so that a restore at the same moment either wins (and the row stays) or waits and finds nothing.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM trade_booths WHERE id = ${id}::uuid AND deleted_at IS NOT NULL FOR UPDATE`
    const booth = locked
      ? await tx.tradeBooth.findFirst({
          where: { id, deletedAt: deletedBefore ? { lt: deletedBefore } : { not: null } },
          select: { title: true, imageFileId: true, pdfFileId: true, docxFileId: true, deletedAt: true },
        })
      : null
    if (!booth) return null
    const fileIds = [booth.imageFileId, booth.pdfFileId, booth.docxFileId].filter((fileId): fileId is string => Boolean(fileId))
    const files = await tx.storedFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, driver: true, key: true } })
    await recordAudit(
      {
        ...audit,
        action: 'booth.purged',
        entityType: 'trade_booth',
        entityId: id,
        details: { title: booth.title, deleted_at: booth.deletedAt?.toISOString() ?? null },
      },
      tx,
    )
    await tx.tradeBooth.delete({ where: { id }, select: { id: true } })
    if (files.length) await tx.storedFile.deleteMany({ where: { id: { in: fileIds } } })
    return files
  })
  if (!files) return false
  await fileStorage.removeBytes(files)
  return true
}

/** An admin's "Delete now" of a booth in the trash: gone for good at once (404 if it is not in the trash). */
export async function purgeBooth(actor: Actor, id: string): Promise<void> {
  if (actor.role !== 'admin') throw forbidden('Only an administrator can delete a booth for good')
  if (!isUuid(id) || !(await purgeTrashedBooth(id, auditContext(actor)))) throw notFound('Booth')
}

/** The scheduled purge (housekeeping): every booth in the trash for over 30 days at `now`. Returns how many went. */
export async function purgeExpiredBooths(now: Date = new Date()): Promise<number> {
  const cutoff = trashCutoff(now)
  let purged = 0
  for (;;) {
    const batch = await db().tradeBooth.findMany({ where: { deletedAt: { lt: cutoff } }, orderBy: { deletedAt: 'asc' }, take: BATCH, select: { id: true } })
    for (const { id } of batch) if (await purgeTrashedBooth(id, { actorId: null }, cutoff)) purged += 1
    if (batch.length < BATCH) return purged
  }
}
