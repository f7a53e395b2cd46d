import { decode } from 'next-auth/jwt'
import { parse } from 'hono/utils/cookie'
import { authSecret } from '@/lib/config'

/** NextAuth's session cookie names (the `__Secure-` one over https), possibly split into chunks. */
const COOKIE_NAMES = ['__Secure-next-auth.session-token', 'next-auth.session-token']

export interface SessionClaims {
  userId: string
  sessionVersion: number
  /** The dashboard sign-in (a `dashboard_sessions` row), ended on its own from the devices list. */
  sessionId: string
  /** The cookie's `exp` (ms since epoch): the earlier of the idle and absolute limits. */
  expiresAt: number
}

function readCookie(cookies: Record<string, string>, name: string): string | undefined {
  if (cookies[name]) return cookies[name]
  const chunks: string[] = []
  for (let i = 0; cookies[`${name}.${i}`]; i++) chunks.push(cookies[`${name}.${i}`]!)
  return chunks.length ? chunks.join('') : undefined
}

/** Decodes the dashboard's NextAuth JWT cookie without going through Next (the API may not run inside it). */
export async function readSessionCookie(cookieHeader: string | undefined): Promise<SessionClaims | null> {
  if (!cookieHeader) return null
  const cookies = parse(cookieHeader)
  const token = COOKIE_NAMES.map((name) => readCookie(cookies, name)).find(Boolean)
  if (!token) return null
  try {
    const payload = await decode({ token, secret: authSecret() })
    // A cookie without `sid` predates per-session sign-out: it cannot be ended on its own, so it is refused.
    if (!payload || typeof payload.sub !== 'string' || typeof payload.sv !== 'number' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number')
      return null
    return { userId: payload.sub, sessionVersion: payload.sv, sessionId: payload.sid, expiresAt: payload.exp * 1000 }
  } catch {
    return null
  }
}
