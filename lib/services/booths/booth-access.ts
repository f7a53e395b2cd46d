import { forbidden, notFound } from '@/lib/errors'
import { hasRole } from '@/lib/auth/auth-user'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'
import { withVisibleBooths } from './booth-visibility'

type Client = Pick<Prisma.TransactionClient, 'company' | 'tradeBooth'>

/**
 * Who may change a booth: the owner of its company, or staff and admins. Anyone else who may see
 * the booth (an accepted one) gets 403 when trying to change it; one they may not see is a 404.
 */
export const canManage = (actor: Actor, companyOwnerId: string) => hasRole(actor.role, 'staff') || actor.id === companyOwnerId

/** The company a booth is created in (or moved to): it must exist and the actor must manage it. */
export async function assertCanUseCompany(client: Client, actor: Actor, companyId: string): Promise<void> {
  const company = isUuid(companyId) ? await client.company.findFirst({ where: { id: companyId, deletedAt: null }, select: { ownerId: true } }) : null
  if (!company) throw notFound('Company')
  if (!canManage(actor, company.ownerId)) throw forbidden('You can only add booths to your own companies')
}

/**
 * The booth's owner and status, checked for change by `actor`: 404 unknown or not visible to them
 * (visibleBoothsWhere: someone else's booth under review), 403 someone else's accepted booth.
 */
export async function boothForChange(client: Client, actor: Actor, id: string) {
  const booth = isUuid(id)
    ? await client.tradeBooth.findFirst({
        where: withVisibleBooths(actor, { id }),
        select: { id: true, status: true, companyId: true, company: { select: { ownerId: true } } },
      })
    : null
  if (!booth) throw notFound('Booth')
  if (!canManage(actor, booth.company.ownerId)) throw forbidden('Only the owner of the booth, staff or an admin can change it')
  return booth
}
