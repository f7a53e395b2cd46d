import { db } from '@/lib/db'
import type { AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'
import { refreshHash, revokeFamily } from './token-pair'

/**
 * POST /api/auth/logout: revokes the presented refresh token's family, and bumps the user's session
 * version so that the access token issued with it is refused at once (access tokens carry no id of
 * their own). The user's other apps keep their refresh tokens and simply refresh; an open dashboard
 * session of the same user has to sign in again. Unknown tokens are accepted silently (idempotent).
 */
export async function logOut(input: { refreshToken: string } & AuthRequestMeta): Promise<void> {
  const row = await db().refreshToken.findUnique({
    where: { tokenHash: refreshHash(input.refreshToken) },
    select: { familyId: true, userId: true, revokedAt: true },
  })
  if (row && !row.revokedAt) {
    await revokeFamily(row.familyId)
    await db().user.update({ where: { id: row.userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } })
  }
  securityEvent('logout', { ip: input.ip ?? null, requestId: input.requestId ?? null, userId: row?.userId })
}
