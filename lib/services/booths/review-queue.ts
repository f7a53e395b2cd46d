import { pageOf, pageWindow, type Page, type PageRequest } from '@/lib/pagination'
import { forbidden } from '@/lib/errors'
import { hasRole } from '@/lib/auth/auth-user'
import { db } from '@/lib/db'
import type { Actor } from '@/lib/services/actor'
import type { BoothConflictJson, BoothJson } from '@/lib/schemas/booths'
import { changedSince, readSnapshot, type BoothSnapshot } from './booth-snapshot'
import { notTrashed } from './booth-visibility'
import { findConflicts } from './find-conflicts'
import { boothJsonSelect, presentBooth } from './present-booth'

export interface ReviewQueueItem extends BoothJson {
  company_name: string
  /** Overlapping booths at the same location (not rejected): flagged for the reviewer. */
  conflicts: BoothConflictJson[]
  /** What was accepted before an edit sent the booth back; null for a first review. */
  accepted_snapshot: BoothSnapshot | null
  /** Snapshot fields that differ now. */
  changed_fields: string[]
}

/** Pending booths, oldest submission first, each with its conflicts and what changed since acceptance. Staff and admins only. */
export async function listReviewQueue(actor: Actor, query: PageRequest): Promise<Page<ReviewQueueItem>> {
  if (!hasRole(actor.role, 'staff')) throw forbidden('Only staff can review booths')
  const prisma = db()
  const where = { status: 'pending' as const, ...notTrashed }
  const [rows, total] = await prisma.$transaction([
    prisma.tradeBooth.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      ...pageWindow(query),
      select: { ...boothJsonSelect, acceptedSnapshot: true, company: { select: { name: true } } },
    }),
    prisma.tradeBooth.count({ where }),
  ])
  const items = await Promise.all(
    rows.map(async (row) => {
      const booth = presentBooth(row)
      const snapshot = readSnapshot(row.acceptedSnapshot)
      const conflicts = await findConflicts({ location: row.location, startsAt: row.startsAt, endsAt: row.endsAt, excludeId: row.id }, actor)
      return { ...booth, company_name: row.company.name, conflicts, accepted_snapshot: snapshot, changed_fields: changedSince(snapshot, booth) }
    }),
  )
  return pageOf(items, total, query)
}

/** The navigation badge's number. */
export const countPendingBooths = () => db().tradeBooth.count({ where: { status: 'pending', ...notTrashed } })
