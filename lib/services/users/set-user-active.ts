import { AppError, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { revokeUserSessions } from '@/lib/services/auth/token-pair'
import { isUuid } from '@/lib/services/is-uuid'
import { assertAdmin, assertAnActiveAdminRemains } from './admin-rules'
import { presentUser, userJsonSelect } from './present-user'

/**
 * Activates or deactivates a user (admin only). Deactivation signs the user out everywhere at once:
 * refresh tokens revoked and the session version bumped, so their access tokens, dashboard sessions
 * and sockets are refused on the next request. An admin cannot deactivate themself, nor the last
 * active admin.
 */
export async function setUserActive(actor: Actor, userId: string, active: boolean): Promise<UserJson> {
  assertAdmin(actor)
  if (!isUuid(userId)) throw notFound('User')
  if (!active && userId === actor.id) throw new AppError('unprocessable', 'You cannot deactivate your own account')

  const changed = await db().$transaction(async (tx) => {
    const target = await tx.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true, role: true, isActive: true } })
    if (!target) throw notFound('User')
    if (target.isActive === active) return false
    if (!active && target.role === 'admin') await assertAnActiveAdminRemains(tx, [target.id], 'deactivated')
    await tx.user.update({ where: { id: userId }, data: { isActive: active }, select: { id: true } })
    await recordAudit({ ...auditContext(actor), action: active ? 'user.activated' : 'user.deactivated', entityType: 'user', entityId: userId }, tx)
    return true
  })

  if (changed && !active) await revokeUserSessions(userId, 'deactivated')
  const user = await db().user.findUnique({ where: { id: userId }, select: userJsonSelect })
  if (!user) throw notFound('User')
  return presentUser(user)
}
