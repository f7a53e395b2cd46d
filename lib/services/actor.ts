import type { Role } from '@/lib/generated/prisma/enums'

/**
 * Who is acting, as services see it: enough to authorize and to audit. An API route builds it
 * from `c.var.user` plus the request's id and IP; a dashboard server action from its session.
 */
export interface Actor {
  id: string
  role: Role
  ip?: string | null
  requestId?: string | null
}

/** The audit fields every entry written on behalf of `actor` carries. */
export const auditContext = (actor: Actor) => ({ actorId: actor.id, ip: actor.ip ?? null, requestId: actor.requestId ?? null })
