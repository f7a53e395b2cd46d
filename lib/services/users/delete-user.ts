import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishDomainEvent, publishSessionsRevoked } from '@/lib/events/domain-events'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { moveCompanyToTrash } from '@/lib/services/companies/delete-company'
import { isUuid } from '@/lib/services/is-uuid'
import { assertAnActiveAdminRemains } from './admin-rules'

/**
 * Deletes an account: one's own, or anyone's by an admin (anyone else gets 404, as for a record they
 * may not see). The rule (README, "Deleting a user"): the account goes to the trash for 30 days
 * (restore-user.ts; then purge-users.ts deletes it for good, files and all). In one transaction:
 * its live companies go to the trash with their booths, stamped with the account's own instant so
 * that a restore brings back exactly those; every sign-in ends (session version bumped, refresh
 * tokens and dashboard sessions revoked, codes, reset links and second-factor challenges dropped);
 * from then on it cannot sign in and is hidden from every list and lookup. The last active admin
 * cannot be deleted. Open sockets are ended once it has committed.
 */
export async function deleteUser(actor: Actor, userId: string, now: Date = new Date()): Promise<{ name: string | null; email: string; companies: number }> {
  if (userId !== actor.id && actor.role !== 'admin') throw notFound('User')
  if (!isUuid(userId)) throw notFound('User')

  const { target, owned: companies } = await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM users WHERE id = ${userId}::uuid AND deleted_at IS NULL FOR UPDATE`
    if (!locked) throw notFound('User')
    const target = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, role: true, isActive: true } })
    if (target.role === 'admin' && target.isActive) await assertAnActiveAdminRemains(tx, [target.id], 'deleted')
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
    const owned = await tx.company.findMany({ where: { ownerId: userId, deletedAt: null }, orderBy: { id: 'asc' }, select: { id: true } })
    // Whoever may delete the account may take its companies with it.
    for (const { id } of owned) await moveCompanyToTrash(tx, actor, id, now, () => true)
    await tx.user.update({ where: { id: userId }, data: { deletedAt: now, deletedById: actor.id, sessionVersion: { increment: 1 } }, select: { id: true } })
    await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } })
    await tx.dashboardSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } })
    await tx.oneTimeCode.deleteMany({ where: { userId } })
    await tx.passwordResetToken.deleteMany({ where: { userId } })
    await tx.mfaChallenge.deleteMany({ where: { userId } })
    await tx.pendingEmail.deleteMany({ where: { userId } })
    return { target, owned }
  })
  // Their open sockets end now (a re-check finds the account in the trash), in every process.
  publishSessionsRevoked({ userId, reason: 'deleted' })
  publishDomainEvent({ entity: 'user', action: 'deleted', id: userId })
  for (const { id } of companies) publishDomainEvent({ entity: 'company', action: 'deleted', id })
  return { name: target.name, email: target.email, companies: companies.length }
}
