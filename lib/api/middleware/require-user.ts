import { createMiddleware } from 'hono/factory'
import { authenticate } from '@/lib/auth/authenticate'
import { hasRole } from '@/lib/auth/auth-user'
import { config } from '@/lib/config'
import { isCrossSiteWrite, isOtherOrigin, isSameOriginRead } from '@/lib/http/cross-site'
import type { Role } from '@/lib/generated/prisma/enums'
import type { ApiEnv } from '../context'
import { AppError, forbidden, secondFactorNeeded, unauthenticated } from '@/lib/errors'
import { mustEnrolSecondFactor } from '@/lib/services/mfa/mfa-policy'

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A cookie rides along on cross-site requests; a bearer token does not. So the cookie counts only
 * for our own pages: a request that names another origin (`Origin`), whatever its method, is
 * refused — an origin allowed by CORS_ORIGINS included: cross-origin callers authenticate by bearer
 * token only (a sibling host's fetch would carry the SameSite=Lax cookie). A state change must
 * also not be marked cross-site or same-site by `Sec-Fetch-Site`.
 */
function assertCookieFromOurOrigin(method: string, origin: string | undefined, fetchSite: string | undefined): void {
  const appOrigin = new URL(config().APP_URL).origin
  if (isOtherOrigin(origin, appOrigin)) throw new AppError('forbidden', 'Cross-site request refused')
  if (SAFE_METHODS.has(method)) return
  if (isCrossSiteWrite({ origin, fetchSite }, appOrigin)) throw new AppError('forbidden', 'Cross-site request refused')
}

/**
 * Guards a route: the caller must be signed in (and hold `role` when given). Sets `c.var.user`.
 * While staff and admins must have a second factor, one without it reaches only the routes that
 * let them set one up (`duringEnrolment`), and gets 403 everywhere else.
 */
export function requireRole(role: Role, { duringEnrolment = false } = {}) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const user = await authenticate({ authorization: c.req.header('authorization'), cookie: c.req.header('cookie') })
    if (!user) throw unauthenticated()
    if (user.via === 'session') assertCookieFromOurOrigin(c.req.method, c.req.header('origin'), c.req.header('sec-fetch-site'))
    if (!hasRole(user.role, role)) throw forbidden()
    if (!duringEnrolment && (await mustEnrolSecondFactor(user))) throw secondFactorNeeded()
    c.set('user', user)
    await next()
  })
}

export const requireUser = requireRole('user')
/** For the profile and second-factor set-up: reachable by an account that must still set one up. */
export const requireUserDuringEnrolment = requireRole('user', { duringEnrolment: true })

/**
 * After `requireUser` on a route that changes state on GET (kept for earlier clients): the cookie is
 * accepted only from our own pages (`Sec-Fetch-Site: same-origin`, or `none` for the user's own
 * navigation); a bearer token as always. An `<img src>` or link on another site is refused with 403.
 */
export const sameOriginSessionOnGet = createMiddleware<ApiEnv>(async (c, next) => {
  if (c.var.user.via === 'session' && !isSameOriginRead(c.req.header('sec-fetch-site'))) throw new AppError('forbidden', 'Cross-site request refused')
  await next()
})
