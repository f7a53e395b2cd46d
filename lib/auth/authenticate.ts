import { sqlRows } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'
import { verifyAccessToken } from './access-token'
import { knownLive, rememberLive } from './live-sign-ins'
import type { AuthUser } from './auth-user'
import { isHourCycle, isLocale } from '@/lib/i18n/locales'
import { readSessionCookie } from './session-cookie'

export interface Credentials {
  authorization?: string | null
  cookie?: string | null
}

interface AuthRow {
  id: string
  email: string
  name: string | null
  role: Role
  isActive: boolean
  sessionVersion: number
  mfaEnabled: boolean
  locale: string | null
  hourCycle: string | null
  /** With a family: whether it still has a live (unrevoked) refresh token; with a dashboard session, whether it is not ended; else true. */
  live: boolean
}

/**
 * The caller's row, in one statement by primary key (typed SQL: it runs on every authenticated
 * request, and Prisma's per-query work was a large part of a short one). With a family, the same
 * statement reads whether the family still has a live refresh token, through the family_id index.
 * Rotation never leaves a family without one (token-pair.ts); a replayed or signed-out family has
 * none left. Exported for the bench's bare server, which sends it as it is.
 */
export function authUserSql(userId: string, familyId: string | undefined, sessionId?: string): Prisma.Sql {
  const live = familyId
    ? Prisma.sql`EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = ${familyId}::uuid AND t.user_id = u.id AND t.revoked_at IS NULL)`
    : sessionId
      ? Prisma.sql`EXISTS (SELECT 1 FROM dashboard_sessions s WHERE s.id = ${sessionId}::uuid AND s.user_id = u.id AND s.revoked_at IS NULL)`
      : Prisma.sql`true`
  return Prisma.sql`SELECT u.id::text, u.email, u.name, u.role::text, u.is_active AS "isActive", u.session_version AS "sessionVersion", u.mfa_enabled AS "mfaEnabled", u.locale, u.hour_cycle AS "hourCycle", ${live} AS live
    FROM users u WHERE u.id = ${userId}::uuid AND u.deleted_at IS NULL`
}

/**
 * The one authentication check of the API and the sockets: a bearer access token, else the
 * dashboard's session cookie; the user must still exist (not in the trash), be active, and hold the session version
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
  const familyId = ('familyId' in claims ? claims.familyId : undefined) as string | undefined
  const sessionId = 'sessionId' in claims ? claims.sessionId : undefined
  const signInId = familyId ?? sessionId
  // A sign-in found live a moment ago is not asked about again (live-sign-ins.ts); the user's row always is.
  const cached = signInId !== undefined && knownLive(claims.userId, signInId)
  const [user] = await sqlRows<AuthRow>(cached ? authUserSql(claims.userId, undefined) : authUserSql(claims.userId, familyId, sessionId))
  if (!user || !user.isActive || user.sessionVersion !== claims.sessionVersion || !user.live) return null
  if (signInId !== undefined && !cached) rememberLive(claims.userId, signInId)
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      mfaEnabled: user.mfaEnabled,
      locale: isLocale(user.locale) ? user.locale : null,
      hourCycle: isHourCycle(user.hourCycle) ? user.hourCycle : null,
      via: bearer ? 'bearer' : 'session',
      signInId: familyId ?? sessionId ?? null,
    },
    expiresAt: claims.expiresAt,
  }
}
