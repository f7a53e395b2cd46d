import { randomUUID } from 'node:crypto'
import { headers } from 'next/headers'
import { AppError } from '@/lib/errors'
import { clientAddressFromHeaders } from '@/lib/http/client-address'
import type { Role } from '@/lib/generated/prisma/enums'
import { logger } from '@/lib/log/logger'
import type { Actor } from '@/lib/services/actor'
import { hasRole } from './auth-user'
import { getDashboardUser } from './dashboard-session'

/** What a dashboard server action answers; the client shows `message` in a toast. */
export type ActionResult = { ok: true; message: string } | { ok: false; message: string }

/**
 * Runs a server action's work for a signed-in caller holding `role`. Every action authorizes itself
 * through this (the layout is no guard: actions are plain POST endpoints). Service errors meant for
 * the caller pass through; anything else is logged and answered generically.
 */
export async function dashboardAction(role: Role, run: (actor: Actor) => Promise<string>): Promise<ActionResult> {
  const user = await getDashboardUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.' }
  if (!hasRole(user.role, role)) return { ok: false, message: 'You are not allowed to do this.' }
  const requestId = randomUUID()
  const requestHeaders = await headers()
  // The address server.ts saw, for the audit log and the services' per-address limits.
  const ip = clientAddressFromHeaders((name) => requestHeaders.get(name))
  try {
    return { ok: true, message: await run({ id: user.id, role: user.role, requestId, ip }) }
  } catch (error) {
    if (error instanceof AppError && error.isClientError) return { ok: false, message: error.message }
    logger().error({ err: error, reqId: requestId, userId: user.id }, 'dashboard action failed')
    return { ok: false, message: `Something went wrong. Try again (request ${requestId.slice(0, 8)}).` }
  }
}
