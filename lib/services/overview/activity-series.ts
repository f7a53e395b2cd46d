import { db } from '@/lib/db'
import { DAY_MS, HOUR_MS, fillBuckets, floorTo, type TimeBucket } from './time-buckets'

type BucketRow = { bucket: number; count: number }

/*
 * Buckets are computed in SQL. `AT TIME ZONE 'UTC'` makes them UTC hours/days whatever the
 * session's time zone is, and the bucket start comes back as epoch seconds so that neither driver
 * (pg, PGlite) has to interpret a zone-less timestamp.
 */

/**
 * Messages sent in each of the last 24 UTC hours, the current one last (deleted ones included: they
 * were sent), except those of a booth's room while the booth is in the trash (gone, as its room is).
 */
export async function messagesPerHour(now: Date): Promise<TimeBucket[]> {
  const first = new Date(floorTo(now, HOUR_MS).getTime() - 23 * HOUR_MS)
  const rows = await db().$queryRaw<BucketRow[]>`
    SELECT extract(epoch FROM date_trunc('hour', created_at AT TIME ZONE 'UTC'))::float8 AS bucket, count(*)::int AS count
    FROM messages m
    WHERE created_at >= ${first} AND created_at <= ${now} AND deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM rooms r JOIN trade_booths b ON b.id = r.booth_id WHERE r.id = m.room_id AND b.deleted_at IS NOT NULL)
    GROUP BY 1`
  return fillBuckets(rows, first, 24, HOUR_MS)
}

/** Accounts created in each of the last 14 UTC days, today last. */
export async function newUsersPerDay(now: Date): Promise<TimeBucket[]> {
  const first = new Date(floorTo(now, DAY_MS).getTime() - 13 * DAY_MS)
  const rows = await db().$queryRaw<BucketRow[]>`
    SELECT extract(epoch FROM date_trunc('day', created_at AT TIME ZONE 'UTC'))::float8 AS bucket, count(*)::int AS count
    FROM users
    WHERE created_at >= ${first} AND created_at <= ${now}
    GROUP BY 1`
  return fillBuckets(rows, first, 14, DAY_MS)
}
