import { AppError, forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'

/** Owners manage their own companies; staff and admins manage every company. */
export const canManageCompany = (actor: Actor, company: { ownerId: string }) => company.ownerId === actor.id || actor.role === 'staff' || actor.role === 'admin'

/**
 * The company `id` if the actor may change it. Every signed-in user may see every company, so an
 * unknown id (or one in the trash) is a 404 and someone else's company a 403 (seen, not changed).
 */
export async function companyToManage(actor: Actor, id: string): Promise<{ id: string; ownerId: string; name: string }> {
  if (!isUuid(id)) throw notFound('Company')
  const company = await db().company.findFirst({ where: { id, deletedAt: null }, select: { id: true, ownerId: true, name: true } })
  if (!company) throw notFound('Company')
  if (!canManageCompany(actor, company)) throw forbidden('Only the owner, staff or an admin can change this company')
  return company
}

/** The 409 of a name that another company already has (case-insensitively). */
export const duplicateName = () =>
  new AppError('conflict', 'A company with this name already exists', { errors: { name: ['A company with this name already exists'] } })
