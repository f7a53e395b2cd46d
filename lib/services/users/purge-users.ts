import { forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit, type AuditEntry } from '@/lib/services/audit/record-audit'
import { trashCutoff } from '@/lib/services/booths/booth-trash'
import { isUuid } from '@/lib/services/is-uuid'
import { fileStorage } from '@/lib/storage/file-storage'

const BATCH = 100
const ownedCompany = (userId: string) => ({ is: { company: { ownerId: userId } } })

/**
 * The files that go with a user: their own images; their companies' images and their companies'
 * booths' files (the database deletes those companies and booths with the user); and any other
 * file they uploaded that no surviving record uses.
 */
function filesGoingWith(userId: string): Prisma.StoredFileWhereInput {
  return {
    OR: [
      { userImage: { is: { id: userId } } },
      { userBackground: { is: { id: userId } } },
      { companyImage: { is: { ownerId: userId } } },
      { boothImage: ownedCompany(userId) },
      { boothPdf: ownedCompany(userId) },
      { boothDocx: ownedCompany(userId) },
      {
        ownerId: userId,
        userImage: { is: null },
        userBackground: { is: null },
        companyImage: { is: null },
        boothImage: { is: null },
        boothPdf: { is: null },
        boothDocx: { is: null },
      },
    ],
  }
}

/**
 * Removes one account in the trash for good (README, "Deleting a user"): its companies and booths
 * (trashed with it or before) go with it through the database, and so do the files of all three;
 * tokens, codes and sessions go; chat messages stay with no author; audit entries stay with no
 * actor. Rows go in one transaction; the bytes are removed only once it has committed.
 * `deletedBefore`: only if trashed before then (the scheduled purge; an account restored meanwhile
 * is left alone). Returns whether it went.
 */
async function purgeTrashedUser(id: string, audit: Pick<AuditEntry, 'actorId' | 'ip' | 'requestId'>, deletedBefore?: Date): Promise<boolean> {
  const files = await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${id}::uuid AND deleted_at IS NOT NULL FOR UPDATE`
    const user = locked
      ? await tx.user.findFirst({ where: { id, deletedAt: deletedBefore ? { lt: deletedBefore } : { not: null } }, select: { name: true, role: true } })
      : null
    if (!user) return null
    const files = await tx.storedFile.findMany({ where: filesGoingWith(id), select: { id: true, driver: true, key: true } })
    // Written before the delete: entity ids are not foreign keys, so it keeps naming the account.
    await recordAudit({ ...audit, action: 'user.purged', entityType: 'user', entityId: id, details: { name: user.name, role: user.role } }, tx)
    if (files.length) await tx.storedFile.deleteMany({ where: { id: { in: files.map((file) => file.id) } } })
    await tx.user.delete({ where: { id }, select: { id: true } })
    return files
  })
  if (!files) return false
  await fileStorage.removeBytes(files)
  return true
}

/** An admin's "Delete now" of an account in the trash (404 if it is not in the trash). */
export async function purgeUser(actor: Actor, id: string): Promise<void> {
  if (actor.role !== 'admin') throw forbidden('Only an administrator can delete an account for good')
  if (!isUuid(id) || !(await purgeTrashedUser(id, auditContext(actor)))) throw notFound('User')
}

/** The scheduled purge (housekeeping): every account in the trash for over 30 days at `now`. */
export async function purgeExpiredUsers(now: Date = new Date()): Promise<number> {
  const cutoff = trashCutoff(now)
  let purged = 0
  for (;;) {
    const batch = await db().user.findMany({ where: { deletedAt: { lt: cutoff } }, orderBy: { deletedAt: 'asc' }, take: BATCH, select: { id: true } })
    for (const { id } of batch) if (await purgeTrashedUser(id, { actorId: null }, cutoff)) purged += 1
    if (batch.length < BATCH) return purged
  }
}
