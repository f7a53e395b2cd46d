import { forbidden } from '@/lib/errors'
import { hasRole } from '@/lib/auth/auth-user'
import type { Actor } from '@/lib/services/actor'

/** Moderation (delete, mute, create rooms) is for staff and admins. */
export function requireModerator(actor: Actor): void {
  if (!hasRole(actor.role, 'staff')) throw forbidden('Only staff can moderate rooms')
}
