import { AppError, notFound } from '@/lib/errors'
import { db, sqlRows } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/services/actor'
import { withVisibleBooths } from '@/lib/services/booths/booth-visibility'
import { isUuid } from '@/lib/services/is-uuid'

export interface BoothVisitJson {
  booth_id: string
  /** The UTC day the visit belongs to (YYYY-MM-DD). */
  day: string
  /** False when the visitor belongs to the booth's own company: a team's own visits are not figures. */
  counted: boolean
  /** When this person's first visit of the day was recorded (null when not counted). */
  first_visit_at: string | null
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10)

/**
 * Stores "this person visited this booth today" once: one row per visitor, booth and UTC day
 * (ON CONFLICT DO NOTHING, so concurrent first visits store one), only while the booth is accepted
 * and not in the trash, and never for the company's own owner. Triggers keep the booth's figures.
 * Answers the day's first visit, or null when nothing is counted.
 */
export async function storeVisit(boothId: string, userId: string, at: Date = new Date()): Promise<Date | null> {
  const day = utcDay(at)
  const open = Prisma.sql`SELECT b.id FROM trade_booths b JOIN companies c ON c.id = b.company_id
    WHERE b.id = ${boothId}::uuid AND b.status = 'accepted' AND b.deleted_at IS NULL AND c.owner_id <> ${userId}::uuid`
  await db().$executeRaw`INSERT INTO booth_visits (booth_id, user_id, day, first_at)
    SELECT id, ${userId}::uuid, ${day}::date, ${at} FROM (${open}) o
    ON CONFLICT (booth_id, user_id, day) DO NOTHING`
  // A statement of its own: it sees the row a concurrent first visit committed while ours waited.
  const [row] = await sqlRows<{ firstAt: Date }>(Prisma.sql`SELECT v.first_at AS "firstAt" FROM booth_visits v
    WHERE v.booth_id = ${boothId}::uuid AND v.user_id = ${userId}::uuid AND v.day = ${day}::date AND EXISTS (${open})`)
  return row?.firstAt ?? null
}

/**
 * POST /api/tradebooth/visit: any signed-in user who may see the booth. A booth they may not see
 * is a 404 (the visibility rule); one they see but that is not accepted (their own under review,
 * or staff looking at one) is a 409, since visitors only ever open accepted booths.
 */
export async function recordVisit(actor: Actor, boothId: string, at: Date = new Date()): Promise<BoothVisitJson> {
  const booth = isUuid(boothId)
    ? await db().tradeBooth.findFirst({ where: withVisibleBooths(actor, { id: boothId }), select: { id: true, status: true } })
    : null
  if (!booth) throw notFound('Booth')
  if (booth.status !== 'accepted') throw new AppError('conflict', 'Only an accepted booth takes visits')
  const firstAt = await storeVisit(booth.id, actor.id, at)
  return { booth_id: booth.id, day: utcDay(at), counted: firstAt !== null, first_visit_at: firstAt?.toISOString() ?? null }
}
