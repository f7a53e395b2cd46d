import { cache } from 'react'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Role } from '@/lib/generated/prisma/enums'
import { config } from '@/lib/config'
import { hasRole, type AuthUser } from './auth-user'
import { authenticate } from './authenticate'
import { safeRedirectPath } from './safe-redirect'
import { mustEnrolSecondFactor } from '@/lib/services/mfa/mfa-policy'

/** The signed-in person as dashboard pages see them. */
export interface DashboardUser {
  id: string
  name: string | null
  email: string
  role: Role
  mfaEnabled: boolean
  locale: AuthUser['locale']
  hourCycle: AuthUser['hourCycle']
  /** This browser's dashboard session (its row in dashboard_sessions). */
  signInId: string | null
}

/** Set by proxy.ts: the path being rendered, so a layout can send the user back to it after sign-in. */
export const PATH_HEADER = 'x-vicross-path'

/**
 * The current user from the session cookie, after the same checks as every API route (the user
 * exists, is active, and the session version still matches), or null. Cached per request.
 */
export const getDashboardUser = cache(async (): Promise<DashboardUser | null> => {
  const user = await authenticate({ cookie: (await headers()).get('cookie') })
  return (
    user && {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      mfaEnabled: user.mfaEnabled,
      locale: user.locale,
      hourCycle: user.hourCycle,
      signInId: user.signInId,
    }
  )
})

/** A callback target as a path on APP_URL's origin, or `/` (see safe-redirect.ts). */
export function safeCallbackPath(value: string | null | undefined): string {
  return safeRedirectPath(value, config().APP_URL)
}

async function signInUrl(): Promise<string> {
  const path = safeCallbackPath((await headers()).get(PATH_HEADER))
  return path === '/' ? '/sign-in' : `/sign-in?callbackUrl=${encodeURIComponent(path)}`
}

/** Where staff and admins who must first set up a second factor are held. */
export const SECOND_FACTOR_SETUP_PATH = '/set-up-second-factor'

/**
 * For dashboard pages and layouts: the user, who must be staff or admin. Anyone anonymous goes to
 * the sign-in page; a signed-in `user` to the no-access page; staff who must set up a second factor
 * first to the set-up page. Each page calls it (layouts are not re-rendered on every navigation,
 * so they cannot be the only check).
 */
export async function requireDashboardUser(): Promise<DashboardUser> {
  const user = await getDashboardUser()
  if (!user) redirect(await signInUrl())
  if (!hasRole(user.role, 'staff')) redirect('/no-access')
  if (await mustEnrolSecondFactor(user)) redirect(SECOND_FACTOR_SETUP_PATH)
  return user
}

export const isAdmin = (user: DashboardUser) => user.role === 'admin'
