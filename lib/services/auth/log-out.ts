import { db } from '@/lib/db'
import type { AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'
import { refreshHash, revokeFamily } from './token-pair'

/**
 * POST /api/auth/logout: revokes the presented refresh token's family — its access tokens (claim
 * `fid`) and its open sockets with it — and bumps the user's session version too, so that access
 * tokens issued before they carried a family are refused at once as well. The user's other apps keep
 * their refresh tokens and simply refresh; an open dashboard session of the same user has to sign in
 * again. Unknown tokens are accepted silently (idempotent).
 */
export async function logOut(input: { refreshToken: string } & AuthRequestMeta): Promise<void> {
  const row = await db().refreshToken.findUnique({
    where: { tokenHash: refreshHash(input.refreshToken) },
    select: { familyId: true, userId: true, revokedAt: true },
  })
  if (row && !row.revokedAt) {
    // The bump first: revokeFamily then re-checks the user's sockets, and must find both changes.
    await db().user.update({ where: { id: row.userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } })
    await revokeFamily(row.familyId, row.userId, 'signed_out')
  }
  securityEvent('logout', { ip: input.ip ?? null, requestId: input.requestId ?? null, userId: row?.userId })
}
