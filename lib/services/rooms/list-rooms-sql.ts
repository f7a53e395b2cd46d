import { Prisma } from '@/lib/generated/prisma/client'
import { TOTAL_CAP } from '@/lib/keyset'
import { containsPattern } from '@/lib/keyset-sql'
import type { ListRoomsQuery } from '@/lib/schemas/rooms'
import { visibleBoothsSql, type Viewer } from '@/lib/services/booths/booth-visibility'

/*
 * The rooms list's statements, the one place they are written (typed SQL, as the other lists:
 * list-booths-sql.ts). A room is visible when it is a general room or its booth is (the booth
 * visibility rule); `q` searches names.
 */

export type RoomsFilter = Pick<ListRoomsQuery, 'q'>

const ROOMS_FROM = Prisma.raw('rooms r LEFT JOIN trade_booths b ON b.id = r.booth_id')

/**
 * The filter over `rooms r LEFT JOIN trade_booths b` (ROOMS_FROM). A join, not `EXISTS (… booth …)`:
 * inside an OR PostgreSQL runs that EXISTS as a hashed subplan over every visible booth (a page of
 * 20 rooms took 61 ms at 100k booths), whereas a join lets a page walk the name index with one
 * primary-key lookup per room (1.8 ms).
 */
function roomsFilterSql(viewer: Viewer, query: RoomsFilter): Prisma.Sql {
  const where = [Prisma.sql`(r.booth_id IS NULL OR ${visibleBoothsSql(viewer)})`]
  const q = query.q?.trim()
  if (q) where.push(Prisma.sql`r.name ILIKE ${containsPattern(q)}`)
  return Prisma.join(where, ' AND ')
}

/** A page of rooms by name (ties by id): rows of `{ id, name, boothId }`. */
export const roomsPageSql = (viewer: Viewer, query: RoomsFilter, window: { limit: number; offset: number }): Prisma.Sql =>
  Prisma.sql`SELECT r.id::text, r.name, r.booth_id::text AS "boothId" FROM ${ROOMS_FROM} WHERE ${roomsFilterSql(viewer, query)}
    ORDER BY r.name ASC, r.id ASC LIMIT ${window.limit} OFFSET ${window.offset}`

/**
 * The number of rooms `viewer` may see that the filter matches (one row, `n`), counted up to
 * TOTAL_CAP + 1: each room's visibility depends on its booth, so no counter serves, and an exact
 * count would visit every room (100k booths: 11 req/s; up to the cap ~30 ms for a plain user).
 */
export const roomsTotalSql = (viewer: Viewer, query: RoomsFilter): Prisma.Sql =>
  Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${ROOMS_FROM} WHERE ${roomsFilterSql(viewer, query)} LIMIT ${TOTAL_CAP + 1}) s`
