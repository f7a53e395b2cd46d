import { forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'

/**
 * The company whose leads `actor` may read: its owner only. Staff and admins see lead counts in the
 * analytics, never the contacts (a visitor shares them with the company, not with the organiser).
 * An unknown or trashed company is a 404; someone else's a 403 (every company is visible).
 */
export async function companyForLeads(actor: Actor, companyId: string): Promise<{ id: string; name: string }> {
  const company = isUuid(companyId)
    ? await db().company.findFirst({ where: { id: companyId, deletedAt: null }, select: { id: true, name: true, ownerId: true } })
    : null
  if (!company) throw notFound('Company')
  if (company.ownerId !== actor.id) throw forbidden("Only the company's own team sees its leads")
  return { id: company.id, name: company.name }
}
