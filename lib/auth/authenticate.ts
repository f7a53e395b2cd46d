import { db } from '@/lib/db'
import { verifyAccessToken } from './access-token'
import type { AuthUser } from './auth-user'
import { readSessionCookie } from './session-cookie'

export interface Credentials {
  authorization?: string | null
  cookie?: string | null
}

/**
 * The one authentication check of the API and the sockets: a bearer access token, else the
 * dashboard's session cookie; the user must still exist, be active, and hold the session version
 * the credential was issued under; a bearer token's sign-in (its refresh-token family, claim
 * `fid`) must not have been revoked. The role comes from the database, so a demotion is immediate.
 * Returns null for anything else.
 */
export async function authenticate(credentials: Credentials): Promise<AuthUser | null> {
  return (await authenticateSession(credentials))?.user ?? null
}

/**
 * `authenticate`, plus when the credential stops being valid (its `exp`, in ms since epoch): a
 * long-lived socket is ended then, unless the client hands in a fresher token.
 */
export async function authenticateSession({ authorization, cookie }: Credentials): Promise<{ user: AuthUser; expiresAt: number } | null> {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  const claims = bearer ? await verifyAccessToken(bearer) : await readSessionCookie(cookie ?? undefined)
  // A malformed bearer token is a failed sign-in, not a reason to fall back to the cookie.
  if (!claims) return null
  const familyId = 'familyId' in claims ? claims.familyId : undefined
  // One lookup by primary key; with a family, the same call reads whether the family still has a
  // live (unrevoked) refresh token, through the family_id index. Rotation never leaves a family
  // without one (token-pair.ts); a replayed or signed-out family has none left.
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isActive: true,
      sessionVersion: true,
      ...(familyId ? { refreshTokens: { where: { familyId, revokedAt: null }, select: { id: true }, take: 1 } } : {}),
    },
  })
  if (!user || !user.isActive || user.sessionVersion !== claims.sessionVersion) return null
  if (familyId && !(user as { refreshTokens?: unknown[] }).refreshTokens?.length) return null
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, via: bearer ? 'bearer' : 'session' },
    expiresAt: claims.expiresAt,
  }
}
