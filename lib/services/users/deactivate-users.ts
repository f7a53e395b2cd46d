import { AppError, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { revokeUserSessions } from '@/lib/services/auth/token-pair'
import { isUuid } from '@/lib/services/is-uuid'
import { assertAdmin, assertAnActiveAdminRemains } from './admin-rules'

export const MAX_BULK_USERS = 500

/**
 * The dashboard's bulk deactivate: all or nothing. Refused as a whole if it includes the actor, an
 * unknown id, or every remaining active admin. Returns how many users were active and are not now.
 */
export async function deactivateUsers(actor: Actor, ids: string[]): Promise<{ deactivated: number }> {
  assertAdmin(actor)
  const unique = [...new Set(ids)]
  if (unique.length === 0) return { deactivated: 0 }
  if (unique.length > MAX_BULK_USERS) throw new AppError('validation', `At most ${MAX_BULK_USERS} users at once`)
  if (unique.includes(actor.id)) throw new AppError('unprocessable', 'You cannot deactivate your own account')
  if (!unique.every(isUuid)) throw notFound('User')

  const changed = await db().$transaction(async (tx) => {
    const targets = await tx.user.findMany({ where: { id: { in: unique }, deletedAt: null }, select: { id: true, role: true, isActive: true } })
    if (targets.length !== unique.length) throw notFound('User')
    const active = targets.filter((target) => target.isActive)
    const admins = active.filter((target) => target.role === 'admin').map((target) => target.id)
    if (admins.length) await assertAnActiveAdminRemains(tx, admins, 'deactivated')
    const ids = active.map((target) => target.id)
    await tx.user.updateMany({ where: { id: { in: ids } }, data: { isActive: false } })
    for (const id of ids) {
      await recordAudit({ ...auditContext(actor), action: 'user.deactivated', entityType: 'user', entityId: id, details: { bulk: true } }, tx)
    }
    return ids
  })

  for (const id of changed) await revokeUserSessions(id, 'deactivated')
  return { deactivated: changed.length }
}
