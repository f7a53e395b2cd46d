import { forbidden, notFound } from '@/lib/errors'
import { hasRole } from '@/lib/auth/auth-user'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'

type Client = Pick<Prisma.TransactionClient, 'company' | 'tradeBooth'>

/**
 * Who may change a booth: the owner of its company, or staff and admins. Every signed-in user may
 * read booths, so anyone else gets 403 (not 404) when trying to change one.
 */
export const canManage = (actor: Actor, companyOwnerId: string) => hasRole(actor.role, 'staff') || actor.id === companyOwnerId

/** The company a booth is created in (or moved to): it must exist and the actor must manage it. */
export async function assertCanUseCompany(client: Client, actor: Actor, companyId: string): Promise<void> {
  const company = isUuid(companyId) ? await client.company.findUnique({ where: { id: companyId }, select: { ownerId: true } }) : null
  if (!company) throw notFound('Company')
  if (!canManage(actor, company.ownerId)) throw forbidden('You can only add booths to your own companies')
}

/** The booth's owner and status, checked for change by `actor`: 404 unknown, 403 someone else's. */
export async function boothForChange(client: Client, actor: Actor, id: string) {
  const booth = isUuid(id)
    ? await client.tradeBooth.findUnique({ where: { id }, select: { id: true, status: true, companyId: true, company: { select: { ownerId: true } } } })
    : null
  if (!booth) throw notFound('Booth')
  if (!canManage(actor, booth.company.ownerId)) throw forbidden('Only the owner of the booth, staff or an admin can change it')
  return booth
}
