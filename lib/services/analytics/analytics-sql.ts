import { Prisma } from '@/lib/generated/prisma/client'
import type { AnalyticsBucket, AnalyticsTotals } from '@/lib/schemas/analytics'
import { fillSeries, type AnalyticsWindow } from './analytics-window'

/*
 * The three statements behind every analytics answer, and how their rows become one (pure, so the
 * bench's bare server sends the same statements and builds the same JSON). Each is an index range:
 * booth_visits by its key (booth, then user and day), booth_hour_stats by (booth, hour); neither
 * the messages nor the leads themselves are read.
 */

export interface VisitBucketRow {
  at: Date
  visits: number
  uniqueVisitors: number
}
export interface StatBucketRow {
  at: Date
  messages: number
  leads: number
  peak: number
}

const ids = (boothIds: string[]) => Prisma.sql`${boothIds}::uuid[]`

/** Visits (one per person and day) and distinct visitors per bucket. */
export function visitBucketsSql(boothIds: string[], window: AnalyticsWindow): Prisma.Sql {
  const bucket = window.granularity === 'day' ? Prisma.sql`v.day::timestamp AT TIME ZONE 'UTC'` : Prisma.sql`date_trunc('hour', v.first_at, 'UTC')`
  return Prisma.sql`SELECT ${bucket} AS at, count(*)::int AS visits, count(DISTINCT v.user_id)::int AS "uniqueVisitors"
    FROM booth_visits v WHERE v.booth_id = ANY(${ids(boothIds)}) AND v.day >= ${window.fromDay}::date AND v.day <= ${window.toDay}::date
    GROUP BY 1`
}

/** Messages, leads and the room's peak per bucket, from the hourly figures the triggers keep. */
export function statBucketsSql(boothIds: string[], window: AnalyticsWindow): Prisma.Sql {
  return Prisma.sql`SELECT date_trunc(${window.granularity}, s.hour, 'UTC') AS at, sum(s.messages)::int AS messages, sum(s.leads)::int AS leads,
      max(s.peak_in_room)::int AS peak
    FROM booth_hour_stats s WHERE s.booth_id = ANY(${ids(boothIds)}) AND s.hour >= ${window.start} AND s.hour < ${window.end}
    GROUP BY 1`
}

/** Distinct visitors over the whole window (not the sum of the buckets': a person returns). */
export function distinctVisitorsSql(boothIds: string[], window: AnalyticsWindow): Prisma.Sql {
  return Prisma.sql`SELECT count(DISTINCT v.user_id)::int AS count FROM booth_visits v
    WHERE v.booth_id = ANY(${ids(boothIds)}) AND v.day >= ${window.fromDay}::date AND v.day <= ${window.toDay}::date`
}

/** The series (every bucket, gaps as zeros) and the totals, conversion = leads / unique visitors to 4 places. */
export function assembleFigures(
  window: AnalyticsWindow,
  visits: VisitBucketRow[],
  stats: StatBucketRow[],
  uniqueVisitors: number,
): { totals: AnalyticsTotals; series: AnalyticsBucket[] } {
  const measured = new Map<number, Partial<Omit<AnalyticsBucket, 'at'>>>()
  for (const row of visits) measured.set(row.at.getTime(), { visits: row.visits, unique_visitors: row.uniqueVisitors })
  for (const row of stats)
    measured.set(row.at.getTime(), { ...measured.get(row.at.getTime()), messages: row.messages, leads: row.leads, peak_in_room: row.peak })
  const series = fillSeries(window, measured)
  const sum = (key: 'visits' | 'messages' | 'leads') => series.reduce((total, bucket) => total + bucket[key], 0)
  const leads = sum('leads')
  return {
    series,
    totals: {
      visits: sum('visits'),
      unique_visitors: uniqueVisitors,
      messages: sum('messages'),
      leads,
      peak_in_room: series.reduce((peak, bucket) => Math.max(peak, bucket.peak_in_room), 0),
      conversion: uniqueVisitors === 0 ? null : Math.round((leads / uniqueVisitors) * 10_000) / 10_000,
    },
  }
}
