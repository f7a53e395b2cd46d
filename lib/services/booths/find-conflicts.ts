import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { BoothConflictJson } from '@/lib/schemas/booths'
import { withVisibleBooths, type Viewer } from './booth-visibility'

type Client = Pick<Prisma.TransactionClient, 'tradeBooth'>

export interface ConflictProbe {
  location: string
  startsAt: Date
  endsAt: Date
  /** The booth itself, on update and in the review queue. */
  excludeId?: string
}

/** At most this many conflicts are listed for one booth. */
const LIMIT = 20

/**
 * Booths that clash with a slot: same location (case-insensitive, trimmed), times overlapping
 * (start < other end and end > other start, so back-to-back slots do not clash), and not rejected.
 * A clash is a warning for the exhibitor and the reviewer, never a refusal. Only booths `viewer` may
 * see are listed (visibleBoothsWhere): an exhibitor is not told of another company's booth under review.
 */
export async function findConflicts(probe: ConflictProbe, viewer: Viewer, client: Client = db()): Promise<BoothConflictJson[]> {
  const rows = await client.tradeBooth.findMany({
    where: withVisibleBooths(viewer, {
      location: { equals: probe.location.trim(), mode: 'insensitive' },
      startsAt: { lt: probe.endsAt },
      endsAt: { gt: probe.startsAt },
      status: { not: 'rejected' },
      ...(probe.excludeId && { id: { not: probe.excludeId } }),
    }),
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: LIMIT,
    select: { id: true, title: true, startsAt: true, endsAt: true },
  })
  return rows.map((row) => ({ booth_id: row.id, title: row.title, starts_at: row.startsAt.toISOString(), ends_at: row.endsAt.toISOString() }))
}
