import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishSessionsRevoked } from '@/lib/events/domain-events'
import type { Prisma } from '@/lib/generated/prisma/client'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { isUuid } from '@/lib/services/is-uuid'
import { fileStorage } from '@/lib/storage/file-storage'
import { assertAnActiveAdminRemains } from './admin-rules'

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
 * Deletes an account: one's own, or anyone's by an admin (anyone else gets 404, as for a record they
 * may not see). The rule (README, "Deleting a user"): their companies and booths go with them, and
 * so do the files of all three; tokens, codes and sessions go; chat messages stay with no author;
 * audit entries stay with no actor. The last active admin cannot be deleted. Rows go in one
 * transaction; the bytes are removed only once it has committed.
 */
export async function deleteUser(actor: Actor, userId: string): Promise<void> {
  if (userId !== actor.id && actor.role !== 'admin') throw notFound('User')
  if (!isUuid(userId)) throw notFound('User')

  const files = await db().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, isActive: true } })
    if (!target) throw notFound('User')
    if (target.role === 'admin' && target.isActive) await assertAnActiveAdminRemains(tx, [target.id], 'deleted')
    const files = await tx.storedFile.findMany({ where: filesGoingWith(userId), select: { id: true, driver: true, key: true } })
    // Written before the delete so that it points at the user until the foreign key sets it to null.
    await recordAudit(
      {
        ...auditContext(actor),
        action: 'user.deleted',
        entityType: 'user',
        entityId: userId,
        details: { self: userId === actor.id, role: target.role, name: target.name },
      },
      tx,
    )
    if (files.length) await tx.storedFile.deleteMany({ where: { id: { in: files.map((file) => file.id) } } })
    await tx.user.delete({ where: { id: userId }, select: { id: true } })
    return files
  })
  // Their open sockets end now (a re-check finds no user), in every process.
  publishSessionsRevoked({ userId, reason: 'deleted' })
  await fileStorage.removeBytes(files)
}
