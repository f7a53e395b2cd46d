import { AppError } from '@/lib/errors'
import { db } from '@/lib/db'
import type { BoothJson } from '@/lib/schemas/booths'
import type { Actor } from '@/lib/services/actor'
import { withVisibleBooths } from './booth-visibility'
import { boothJsonSelect, presentBooth } from './present-booth'

/** A calendar never shows more than this; a wider query is refused rather than cut silently. */
const MAX_DAYS = 62
const MAX_BOOTHS = 2000

/**
 * Booths whose local date (in the booth's own timezone) falls in [from, to], both `yyyy-mm-dd`,
 * ordered by start: the calendar's data. Rejected booths are left out, and so is any booth `actor`
 * may not see (visibleBoothsWhere).
 */
export async function boothsInRange(actor: Actor, range: { from: string; to: string }): Promise<BoothJson[]> {
  const from = new Date(`${range.from}T00:00:00.000Z`)
  const to = new Date(`${range.to}T00:00:00.000Z`)
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from || to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
    throw new AppError('validation', `Give a range of at most ${MAX_DAYS} days`, { errors: { from: ['Invalid range'] } })
  }
  const rows = await db().tradeBooth.findMany({
    where: withVisibleBooths(actor, { date: { gte: from, lte: to }, status: { not: 'rejected' } }),
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: MAX_BOOTHS,
    select: boothJsonSelect,
  })
  return rows.map(presentBooth)
}
