import { AppError, forbidden } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/services/actor'

/** Services check the role themselves: a dashboard server action has no route guard in front. */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw forbidden('Only an administrator can do this')
}

/**
 * Refuses a change that would leave no active admin. The active admins' rows are locked first, so
 * two admins demoting each other at the same moment cannot both succeed.
 */
export async function assertAnActiveAdminRemains(tx: Prisma.TransactionClient, losing: string[], what: string): Promise<void> {
  const admins = await tx.$queryRaw<
    Array<{ id: string }>
  >`SELECT id FROM users WHERE role = 'admin' AND is_active AND deleted_at IS NULL ORDER BY id FOR UPDATE`
  const remaining = admins.filter((admin) => !losing.includes(admin.id))
  if (admins.length > 0 && remaining.length === 0) {
    throw new AppError('conflict', `The last active administrator cannot be ${what}; make another user an admin first`)
  }
}
