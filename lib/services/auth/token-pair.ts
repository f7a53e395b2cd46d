import { randomUUID } from 'node:crypto'
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from '@/lib/auth/access-token'
import { AppError } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishSessionsRevoked, type SessionRevocationReason } from '@/lib/events/domain-events'
import { logger } from '@/lib/log/logger'
import { noticeNewDevice } from '@/lib/services/sessions/new-device'
import { keyedHash, randomToken } from './secret-hash'

export const REFRESH_TOKEN_TTL_DAYS = 30
/**
 * A client that fires the same refresh twice (a retry, two tabs) is not a thief: a token rotated
 * this recently is refused without revoking its family. Older replays are treated as theft: the
 * family is revoked, and with it the family's access tokens (claim `fid`) and its open sockets.
 */
export const REFRESH_REUSE_GRACE_MS = 10_000

export interface TokenPair {
  access_token: string
  refresh_token: string
  token_type: 'Bearer'
  expires_in: number
}

export interface ClientMeta {
  ip?: string | null
  userAgent?: string | null
}

export const refreshHash = (token: string) => keyedHash('refresh-token', token)

async function createRefreshToken(userId: string, familyId: string, meta: ClientMeta) {
  const token = randomToken()
  const row = await db().refreshToken.create({
    data: {
      userId,
      familyId,
      tokenHash: refreshHash(token),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  })
  return { token, id: row.id }
}

/** An access token of one sign-in: it names its family, so revoking the family revokes it. */
async function accessTokenFor(userId: string, familyId: string): Promise<string> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, sessionVersion: true } })
  return signAccessToken({ userId, role: user.role, sessionVersion: user.sessionVersion, familyId })
}

/** A new sign-in: a fresh refresh-token family and an access token. */
export async function issueTokenPair(userId: string, meta: ClientMeta = {}): Promise<TokenPair> {
  const familyId = randomUUID()
  const refresh = await createRefreshToken(userId, familyId, meta)
  // The answer must not wait for, or fail over, a mail about it.
  noticeNewDevice(userId, familyId, { ip: meta.ip ?? null, userAgent: meta.userAgent ?? null }).catch((error: unknown) =>
    logger().warn({ err: error, userId }, 'new-device notice failed'),
  )
  return { access_token: await accessTokenFor(userId, familyId), refresh_token: refresh.token, token_type: 'Bearer', expires_in: ACCESS_TOKEN_TTL_SECONDS }
}

const invalidRefresh = () => new AppError('unauthenticated', 'Invalid or expired refresh token')

/**
 * Rotates a refresh token: the old one is revoked and replaced in one step, so of several parallel
 * refreshes exactly one wins. Presenting an already-rotated token after the grace window is treated
 * as theft: the whole family is revoked, its access tokens and sockets included.
 *
 * A live family always has an unrevoked token — that is how an access token's family is checked
 * (lib/auth/authenticate.ts) — so the successor is created before the old token is claimed, never
 * after: a request checked mid-rotation must not find the family empty. A loser of a parallel
 * refresh deletes the successor it made.
 */
export async function rotateRefreshToken(token: string, meta: ClientMeta = {}): Promise<TokenPair> {
  const prisma = db()
  const current = await prisma.refreshToken.findUnique({
    where: { tokenHash: refreshHash(token) },
    select: {
      id: true,
      userId: true,
      familyId: true,
      expiresAt: true,
      revokedAt: true,
      replacedById: true,
      user: { select: { isActive: true, deletedAt: true } },
    },
  })
  if (!current) throw invalidRefresh()
  if (current.revokedAt) {
    const recentlyRotated = current.replacedById !== null && Date.now() - current.revokedAt.getTime() < REFRESH_REUSE_GRACE_MS
    if (!recentlyRotated) await revokeFamily(current.familyId, current.userId, 'refresh_reused')
    throw invalidRefresh()
  }
  if (current.expiresAt <= new Date() || !current.user.isActive || current.user.deletedAt) throw invalidRefresh()
  const next = await createRefreshToken(current.userId, current.familyId, meta)
  // Claim the token: only the request whose update matched an unrevoked row continues.
  const claimed = await prisma.refreshToken.updateMany({ where: { id: current.id, revokedAt: null }, data: { revokedAt: new Date(), replacedById: next.id } })
  if (claimed.count !== 1) {
    // Another request rotated it between our read and our claim: a concurrent duplicate, not theft.
    await prisma.refreshToken.delete({ where: { id: next.id }, select: { id: true } })
    throw invalidRefresh()
  }
  return {
    access_token: await accessTokenFor(current.userId, current.familyId),
    refresh_token: next.token,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
  }
}

/**
 * Ends one sign-in: every token of the family is revoked, so its access tokens are refused from the
 * next request on, and the user's open sockets are re-checked at once (those of this family end).
 */
export async function revokeFamily(familyId: string, userId: string, reason: SessionRevocationReason): Promise<void> {
  await db().refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } })
  publishSessionsRevoked({ userId, familyId, reason })
}

/**
 * Signs the user out everywhere at once: refresh tokens revoked, and the session version bumped so
 * that outstanding access tokens and dashboard sessions are refused on their next use; the user's
 * open sockets are re-checked at once, in every process (lib/realtime/revocation.ts), and end.
 */
export async function revokeUserSessions(userId: string, reason: SessionRevocationReason): Promise<void> {
  const prisma = db()
  await prisma.$transaction([
    prisma.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
    prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
  ])
  publishSessionsRevoked({ userId, reason })
}
