import type { JWT } from 'next-auth/jwt'

/*
 * Dashboard sessions end after an idle hour, and after 24 hours whatever the activity (below). NextAuth's JWT sessions live
 * 30 days by default and are re-issued whole on every refresh, so both limits are carried inside
 * the token: `auth_time` (when the user proved who they are) bounds the absolute lifetime, and
 * `last_seen` (the last refresh) the idle one. The token's own `exp` is the earlier of the two, so
 * every reader of the cookie — NextAuth, the API's `readSessionCookie`, the dashboard — enforces
 * them without knowing these claims.
 */

/** Absolute lifetime: a new sign-in is needed after this, however active the session was. */
export const SESSION_ABSOLUTE_SECONDS = 24 * 60 * 60
/** Idle lifetime: a session not refreshed for this long is over. */
export const SESSION_IDLE_SECONDS = 60 * 60
/**
 * How often an active page refreshes its session (NextAuth's `updateAge`): user activity after this
 * long re-issues the cookie, pushing the idle deadline forward.
 */
export const SESSION_UPDATE_AGE_SECONDS = 5 * 60

export const nowSeconds = () => Math.floor(Date.now() / 1000)

/** Why a token may no longer be refreshed, or null while it is within both limits. */
export function sessionEndReason(token: JWT, now = nowSeconds()): 'absolute' | 'idle' | 'malformed' | null {
  const { auth_time: authTime, last_seen: lastSeen } = token
  if (typeof authTime !== 'number' || typeof lastSeen !== 'number') return 'malformed'
  if (now >= authTime + SESSION_ABSOLUTE_SECONDS) return 'absolute'
  if (now >= lastSeen + SESSION_IDLE_SECONDS) return 'idle'
  return null
}

/** Seconds the token being issued now may live: up to the idle limit, never past the absolute one. */
export function tokenLifetime(token: JWT, now = nowSeconds()): number {
  const authTime = typeof token.auth_time === 'number' ? token.auth_time : now
  return Math.max(0, Math.min(SESSION_IDLE_SECONDS, authTime + SESSION_ABSOLUTE_SECONDS - now))
}
