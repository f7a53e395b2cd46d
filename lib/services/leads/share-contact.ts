import { AppError, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { publishLeadShared } from '@/lib/events/domain-events'
import type { Actor } from '@/lib/services/actor'
import { withVisibleBooths } from '@/lib/services/booths/booth-visibility'
import { isUuid } from '@/lib/services/is-uuid'

export interface SharedContactJson {
  booth_id: string
  note: string
  shared_at: string
  updated_at: string
}

async function openBooth(actor: Actor, boothId: string) {
  const booth = isUuid(boothId)
    ? await db().tradeBooth.findFirst({
        where: withVisibleBooths(actor, { id: boothId }),
        select: { id: true, title: true, status: true, companyId: true, company: { select: { ownerId: true } } },
      })
    : null
  if (!booth) throw notFound('Booth')
  return booth
}

/**
 * The visitor's explicit consent: their name, email and profile company go to the booth's company,
 * with an optional note. Sharing again updates the note (one lead per visitor and booth). Accepted
 * booths only (409 for one under review that the caller may see), and not with one's own company.
 * The company's team hears it live (`lead_shared`).
 */
export async function shareContact(actor: Actor, boothId: string, note: string): Promise<SharedContactJson> {
  const booth = await openBooth(actor, boothId)
  if (booth.status !== 'accepted') throw new AppError('conflict', 'Only an accepted booth takes contacts')
  if (booth.company.ownerId === actor.id) throw new AppError('conflict', 'This is your own company’s booth')
  const lead = await db().lead.upsert({
    where: { boothId_userId: { boothId: booth.id, userId: actor.id } },
    create: { boothId: booth.id, companyId: booth.companyId, userId: actor.id, note },
    update: { note },
  })
  publishLeadShared({
    leadId: lead.id,
    boothId: booth.id,
    boothTitle: booth.title,
    companyId: booth.companyId,
    teamIds: [booth.company.ownerId],
    sharedAt: lead.updatedAt,
  })
  return { booth_id: booth.id, note: lead.note, shared_at: lead.createdAt.toISOString(), updated_at: lead.updatedAt.toISOString() }
}

/** Withdraws the visitor's contact from the booth's company: the lead is deleted, so it leaves every list and export. */
export async function withdrawContact(actor: Actor, boothId: string): Promise<{ booth_id: string; withdrawn: boolean }> {
  // Any booth the caller can see: withdrawing must work even once the booth is back under review.
  const booth = await openBooth(actor, boothId)
  const { count } = await db().lead.deleteMany({ where: { boothId: booth.id, userId: actor.id } })
  return { booth_id: booth.id, withdrawn: count > 0 }
}
