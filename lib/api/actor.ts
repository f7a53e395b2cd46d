import type { Context } from 'hono'
import type { Actor } from '@/lib/services/actor'
import { requestMeta } from './client-meta'
import type { ApiEnv } from './context'

/** The signed-in caller as services see them (after `requireUser`/`requireRole`), with audit context. */
export function actorOf(c: Context<ApiEnv>): Actor {
  const user = c.get('user')
  const { ip, requestId } = requestMeta(c)
  return { id: user.id, role: user.role, ip, requestId }
}
