import { hasRole } from '@/lib/auth/auth-user'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/services/actor'

/** Who is looking: a signed-in actor, or null for no one in particular (only what is public). */
export type Viewer = Pick<Actor, 'id' | 'role'> | null

/**
 * THE booth visibility rule, the one place it is written: an `accepted` booth is visible to every
 * signed-in user; a booth under review (pending, rejected — with its reviewer's reason) only to its
 * company's owner and to staff and admins. To anyone else it does not exist: every booth read (lists,
 * filters, totals, single and status reads, a company's booths, conflict warnings, calendars, booth
 * rooms) combines this filter with its own, so a hidden booth is absent or a 404, never a 403.
 * A booth in the trash (deleted_at set) is hidden from everyone, staff included: only the trash
 * (lib/services/booths/booth-trash.ts) reads it.
 */
export function visibleBoothsWhere(viewer: Viewer): Prisma.TradeBoothWhereInput {
  if (viewer && hasRole(viewer.role, 'staff')) return { deletedAt: null }
  if (!viewer) return { status: 'accepted', deletedAt: null }
  return { deletedAt: null, OR: [{ status: 'accepted' }, { company: { is: { ownerId: viewer.id } } }] }
}

/**
 * The same rule as SQL over a `trade_booths` row named `b`, for the lists' typed SQL: the same three
 * cases, the owner's company by `EXISTS` (PostgreSQL drops the whole OR when the query also asks
 * for `status = 'accepted'`, so that page is a plain index range).
 */
export function visibleBoothsSql(viewer: Viewer): Prisma.Sql {
  if (viewer && hasRole(viewer.role, 'staff')) return Prisma.sql`b.deleted_at IS NULL`
  if (!viewer) return Prisma.sql`(b.status = 'accepted' AND b.deleted_at IS NULL)`
  return Prisma.sql`(b.deleted_at IS NULL AND (b.status = 'accepted' OR EXISTS (SELECT 1 FROM companies o WHERE o.id = b.company_id AND o.owner_id = ${viewer.id}::uuid)))`
}

/** Booths not in the trash, for the reads that are not per viewer (overview figures, the review queue). */
export const notTrashed = { deletedAt: null } satisfies Prisma.TradeBoothWhereInput

/** Rooms not belonging to a trashed booth, for the overview's figures. */
export const roomsNotTrashed: Prisma.RoomWhereInput = { OR: [{ boothId: null }, { booth: { is: notTrashed } }] }

/** `where` narrowed to the booths `viewer` may see (AND, so that `where` may carry its own OR). */
export const withVisibleBooths = (viewer: Viewer, where: Prisma.TradeBoothWhereInput = {}): Prisma.TradeBoothWhereInput => ({
  AND: [visibleBoothsWhere(viewer), where],
})

/** The rooms `viewer` may see: general rooms, and the rooms of booths they may see. */
export const visibleRoomsWhere = (viewer: Viewer): Prisma.RoomWhereInput => ({ OR: [{ boothId: null }, { booth: { is: visibleBoothsWhere(viewer) } }] })
