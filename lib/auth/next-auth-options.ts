import type { AuthOptions } from 'next-auth'
import type { GoogleProfile } from 'next-auth/providers/google'
import { encode, type JWT } from 'next-auth/jwt'
import { headers } from 'next/headers'
import { clientAddressFromHeaders } from '@/lib/http/client-address'
import { endDashboardSession, startDashboardSession, touchDashboardSession } from '@/lib/services/sessions/dashboard-sessions'
import { authSecret, config } from '@/lib/config'
import { db } from '@/lib/db'
import { logger } from '@/lib/log/logger'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { createMfaChallenge } from '@/lib/services/mfa/mfa-challenge'
import { owedSecondFactor } from '@/lib/services/mfa/owed-second-factor'
import { nextAuthAdapter } from './next-auth-adapter'
import { authProviders } from './next-auth-providers'
import { safeRedirectPath } from './safe-redirect'
import { nowSeconds, SESSION_ABSOLUTE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionEndReason, tokenLifetime } from './session-policy'

/** Thrown by the `jwt` callback: NextAuth then clears the cookie and answers "no session". */
class SessionEnded extends Error {
  override name = 'SessionEnded'
}

/**
 * On sign-in: the claims the API reads (`sub`, `sv`, `sid`: the sign-in's dashboard_sessions row)
 * plus the lifetime clocks. Nothing else.
 */
async function signInToken(userId: string): Promise<JWT> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })
  const sessionId = await startDashboardSession(userId, await requestClient())
  const now = nowSeconds()
  return { sub: userId, sv: user.sessionVersion, sid: sessionId, auth_time: now, last_seen: now }
}

/** The browser signing in, as server.ts (or a trusted proxy) reports it to Next. */
async function requestClient(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const requestHeaders = await headers()
    return { ip: clientAddressFromHeaders((name) => requestHeaders.get(name)), userAgent: requestHeaders.get('user-agent') }
  } catch {
    // Outside a request (never in practice: NextAuth runs in its route handler).
    return { ip: null, userAgent: null }
  }
}

/**
 * On every refresh the user is read again: deactivation or a bumped session version (logout,
 * password change, role change) ends the session there and then, as do the lifetime limits.
 */
async function refreshedToken(token: JWT): Promise<JWT> {
  const ended = sessionEndReason(token)
  if (ended) throw new SessionEnded(ended)
  if (!token.sub) throw new SessionEnded('no subject')
  const user = await db().user.findUnique({ where: { id: token.sub }, select: { isActive: true, sessionVersion: true, deletedAt: true } })
  if (!user || !user.isActive || user.deletedAt || user.sessionVersion !== token.sv) throw new SessionEnded('revoked')
  if (typeof token.sid !== 'string' || !(await touchDashboardSession(token.sid, token.sub))) throw new SessionEnded('revoked')
  return { sub: token.sub, sv: token.sv, sid: token.sid, auth_time: token.auth_time, last_seen: nowSeconds() }
}

const options = processSingleton('next-auth-options', buildOptions)

/** NextAuth's options, built on first use (never at build time, which has no secret). */
export function nextAuthOptions(): AuthOptions {
  return options.get()
}

function buildOptions(): AuthOptions {
  const { APP_URL } = config()
  // NextAuth takes its base URL and base path from here; /api/auth/* belongs to the API.
  process.env.NEXTAUTH_URL ??= `${APP_URL.replace(/\/$/, '')}/api/session`
  const log = logger().child({ component: 'next-auth' })

  return {
    secret: authSecret(),
    adapter: nextAuthAdapter(),
    providers: authProviders(),
    // `maxAge` is the absolute cap; the idle limit lives in the token (see session-policy.ts).
    session: { strategy: 'jwt', maxAge: SESSION_ABSOLUTE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    jwt: {
      maxAge: SESSION_ABSOLUTE_SECONDS,
      // NextAuth's own encoding, with an expiry that honours both limits (not NextAuth's fixed maxAge).
      encode: (params) => encode({ ...params, maxAge: params.token ? tokenLifetime(params.token) : params.maxAge }),
    },
    // HttpOnly + SameSite=Lax are NextAuth's defaults; Secure and the __Secure-/__Host- prefixes follow https.
    useSecureCookies: APP_URL.startsWith('https://'),
    pages: { signIn: '/sign-in', error: '/sign-in' },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== 'google') return true
        // An unverified Google address proves nothing about who owns it.
        if ((profile as GoogleProfile | undefined)?.email_verified !== true) return false
        const linked = await db().user.findFirst({
          where: { accounts: { some: { provider: 'google', providerAccountId: account.providerAccountId } } },
          select: { id: true, isActive: true, deletedAt: true },
        })
        // An account in the trash signs in by no path; nor may Google make a new one on its address.
        if (!linked)
          return !(
            profile?.email && (await db().user.findFirst({ where: { email: profile.email.toLowerCase(), deletedAt: { not: null } }, select: { id: true } }))
          )
        if (!linked.isActive || linked.deletedAt) return false
        const methods = await owedSecondFactor(linked.id)
        if (!methods) return true
        // Google was the first factor; the second is asked on the sign-in page. This flow is a
        // browser redirect, so the challenge rides in the URL: single use, 5 minutes, 5 codes.
        const challenge = await createMfaChallenge(linked.id, 'google', {})
        return `/sign-in?mfa=${challenge}${methods.includes('passkey') ? '&passkey=1' : ''}`
      },
      async jwt({ token, user }) {
        return user ? signInToken(user.id) : refreshedToken(token)
      },
      // Every redirect NextAuth makes (after sign-in or sign-out, its error page) stays on APP_URL.
      redirect: ({ url }) => new URL(safeRedirectPath(url, APP_URL), APP_URL).href,
      // The browser learns only who is signed in; roles and names are read on the server.
      session: ({ session, token }) => ({ expires: session.expires, user: { id: token.sub ?? '' } }),
    },
    events: {
      signIn: ({ user, account }) => log.info({ userId: user.id, provider: account?.provider }, 'dashboard sign-in'),
      // A JWT cannot be recalled: signing out ends its dashboard_sessions row, so a copied cookie dies
      // too, and this session's sockets with it. The user's other sign-ins go on.
      async signOut({ token }) {
        if (!token?.sub || typeof token.sid !== 'string') return
        await endDashboardSession(token.sid, token.sub, 'signed_out')
        log.info({ userId: token.sub }, 'dashboard sign-out')
      },
      async linkAccount({ user, profile }) {
        if ((profile as unknown as GoogleProfile).email_verified === true) {
          await db().user.updateMany({ where: { id: user.id, emailVerified: null }, data: { emailVerified: new Date() } })
        }
      },
    },
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown }).error
        if (
          code === 'JWT_SESSION_ERROR' &&
          error instanceof Error &&
          (error.name === 'SessionEnded' || error.name === 'JWEExpired' || /exp/.test(error.message))
        )
          log.debug({ reason: error.message }, 'dashboard session ended')
        else log.error({ code, err: error ?? metadata }, 'next-auth error')
      },
      warn: (code) => log.warn({ code }, 'next-auth warning'),
      debug: () => {},
    },
  }
}
