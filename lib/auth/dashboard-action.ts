import { randomUUID } from 'node:crypto'
import { headers } from 'next/headers'
import { getLocale } from 'next-intl/server'
import { AppError, type FieldErrors } from '@/lib/errors'
import { localizeFieldErrors, localizeMessage } from '@/lib/forms/localize-message'
import { mustEnrolSecondFactor } from '@/lib/services/mfa/mfa-policy'
import { clientAddressFromHeaders } from '@/lib/http/client-address'
import type { Role } from '@/lib/generated/prisma/enums'
import { logger } from '@/lib/log/logger'
import type { Actor } from '@/lib/services/actor'
import { hasRole } from './auth-user'
import { getDashboardUser, type DashboardUser } from './dashboard-session'

/** What a dashboard server action answers; the client shows `message` in a toast. */
export type ActionResult = { ok: true; message: string } | { ok: false; message: string }

/** An action that answers data (and, on a refusal, the fields to mark). */
export type DataResult<T> = { ok: true; data: T } | { ok: false; message: string; errors?: FieldErrors }

const SET_UP_FIRST = 'Set up a second factor first: staff and administrators must use one.'

/** A refusal in the caller's language (the services word them in English, the API's language). */
async function refusal(message: string, errors?: FieldErrors): Promise<{ ok: false; message: string; errors?: FieldErrors }> {
  const locale = await getLocale()
  return { ok: false, message: localizeMessage(message, locale, 'api.generic'), ...(errors && { errors: localizeFieldErrors(errors, locale) }) }
}

/**
 * Runs a server action's work for a signed-in caller holding `role`. Every action authorizes itself
 * through this (the layout is no guard: actions are plain POST endpoints). Service errors meant for
 * the caller pass through; anything else is logged and answered generically.
 */
export async function dashboardAction(role: Role, run: (actor: Actor) => Promise<string>): Promise<ActionResult> {
  const result = await dashboardDataAction(role, run)
  return result.ok ? { ok: true, message: result.data } : { ok: false, message: result.message }
}

/**
 * `dashboardAction` for actions that answer data. `duringEnrolment`: also for staff who must still
 * set up a second factor (the set-up's own actions); every other action refuses them.
 */
export async function dashboardDataAction<T>(
  role: Role,
  run: (actor: Actor & { email: string; mfaEnabled: boolean; signInId: string | null }) => Promise<T>,
  { duringEnrolment = false } = {},
): Promise<DataResult<T>> {
  const user = await getDashboardUser()
  if (!user) return refusal('Your session has ended. Sign in again.')
  if (!hasRole(user.role, role)) return refusal('You are not allowed to do this.')
  if (!duringEnrolment && (await mustEnrolSecondFactor(user))) return refusal(SET_UP_FIRST)
  const requestId = randomUUID()
  const requestHeaders = await headers()
  // The address server.ts saw, for the audit log and the services' per-address limits.
  const ip = clientAddressFromHeaders((name) => requestHeaders.get(name))
  try {
    return {
      ok: true,
      data: await run({ id: user.id, role: user.role, requestId, ip, email: user.email, mfaEnabled: user.mfaEnabled, signInId: user.signInId }),
    }
  } catch (error) {
    if (error instanceof AppError && error.isClientError) return refusal(error.message, error.errors)
    logger().error({ err: error, reqId: requestId, userId: user.id }, 'dashboard action failed')
    return refusal(`Something went wrong. Try again (request ${requestId.slice(0, 8)}).`)
  }
}

/** For route handlers outside the layout (exports): whether this caller is held at the set-up. */
export const heldForSecondFactor = (user: DashboardUser) => mustEnrolSecondFactor(user)
