import { AppError, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import type { UserJson } from '@/lib/schemas/users'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { revokeUserSessions } from '@/lib/services/auth/token-pair'
import { isUuid } from '@/lib/services/is-uuid'
import { assertAdmin, assertAnActiveAdminRemains } from './admin-rules'
import { presentUser, userJsonSelect } from './present-user'

/** The user is named by id or by (normalised) email: exactly one of them. */
export interface AssignRoleInput {
  userId?: string
  email?: string
  role: Role
}

/**
 * Sets a user's role (admin only). The last active admin cannot be demoted. The change is audited,
 * and the user's sessions and tokens are revoked so that every client picks up the new role.
 */
export async function assignRole(actor: Actor, input: AssignRoleInput): Promise<UserJson> {
  assertAdmin(actor)
  const where = input.userId !== undefined ? { id: input.userId } : input.email !== undefined ? { email: input.email } : null
  if (!where || (input.userId !== undefined && input.email !== undefined)) {
    throw new AppError('validation', 'Name the user by id or by email', { errors: { user_id: ['Give either user_id or email (exactly one)'] } })
  }
  if (where.id !== undefined && !isUuid(where.id)) throw notFound('User')

  const result = await db().$transaction(async (tx) => {
    const target = await tx.user.findFirst({ where: { ...where, deletedAt: null }, select: { id: true, role: true } })
    if (!target) throw notFound('User')
    if (target.role === input.role) return { changed: false, id: target.id }
    if (target.role === 'admin') await assertAnActiveAdminRemains(tx, [target.id], 'demoted')
    await tx.user.update({ where: { id: target.id }, data: { role: input.role }, select: { id: true } })
    await recordAudit(
      { ...auditContext(actor), action: 'user.role_changed', entityType: 'user', entityId: target.id, details: { from: target.role, to: input.role } },
      tx,
    )
    return { changed: true, id: target.id }
  })

  if (result.changed) await revokeUserSessions(result.id, 'role_changed')
  const user = await db().user.findUnique({ where: { id: result.id }, select: userJsonSelect })
  if (!user) throw notFound('User')
  return presentUser(user)
}
