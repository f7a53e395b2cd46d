import { forbidden, notFound } from '@/lib/errors'
import { db, sqlRows } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { hasRole } from '@/lib/auth/auth-user'
import type { AnalyticsBucket, AnalyticsQuery, AnalyticsTotals, BoothAnalyticsJson, CompanyAnalyticsJson } from '@/lib/schemas/analytics'
import type { Actor } from '@/lib/services/actor'
import { withVisibleBooths } from '@/lib/services/booths/booth-visibility'
import { isUuid } from '@/lib/services/is-uuid'
import { analyticsWindow, fillSeries, type AnalyticsWindow } from './analytics-window'

type Figures = Omit<AnalyticsBucket, 'at'>

/**
 * The figures of a set of booths over a window, in three index reads: visits and distinct visitors
 * per bucket from booth_visits (its key starts with the booth), messages, leads and the room's peak
 * per bucket from booth_hour_stats (a row per booth and hour, kept by triggers), and the distinct
 * visitors of the whole window. Never the messages or leads themselves.
 */
async function figuresOf(boothIds: string[], window: AnalyticsWindow): Promise<{ totals: AnalyticsTotals; series: AnalyticsBucket[] }> {
  const ids = Prisma.sql`${boothIds}::uuid[]`
  const unit = window.granularity
  const bucketOfVisit = unit === 'day' ? Prisma.sql`v.day::timestamp AT TIME ZONE 'UTC'` : Prisma.sql`date_trunc('hour', v.first_at, 'UTC')`
  const [visits, stats, [distinct]] = await Promise.all([
    sqlRows<{ at: Date; visits: number; uniqueVisitors: number }>(Prisma.sql`
      SELECT ${bucketOfVisit} AS at, count(*)::int AS visits, count(DISTINCT v.user_id)::int AS "uniqueVisitors"
      FROM booth_visits v WHERE v.booth_id = ANY(${ids}) AND v.day >= ${window.fromDay}::date AND v.day <= ${window.toDay}::date
      GROUP BY 1`),
    sqlRows<{ at: Date; messages: number; leads: number; peak: number }>(Prisma.sql`
      SELECT date_trunc(${unit}, s.hour, 'UTC') AS at, sum(s.messages)::int AS messages, sum(s.leads)::int AS leads, max(s.peak_in_room)::int AS peak
      FROM booth_hour_stats s WHERE s.booth_id = ANY(${ids}) AND s.hour >= ${window.start} AND s.hour < ${window.end}
      GROUP BY 1`),
    sqlRows<{ count: number }>(Prisma.sql`
      SELECT count(DISTINCT v.user_id)::int AS count FROM booth_visits v
      WHERE v.booth_id = ANY(${ids}) AND v.day >= ${window.fromDay}::date AND v.day <= ${window.toDay}::date`),
  ])
  const measured = new Map<number, Partial<Figures>>()
  for (const row of visits) measured.set(row.at.getTime(), { visits: row.visits, unique_visitors: row.uniqueVisitors })
  for (const row of stats)
    measured.set(row.at.getTime(), { ...measured.get(row.at.getTime()), messages: row.messages, leads: row.leads, peak_in_room: row.peak })
  const series = fillSeries(window, measured)
  const sum = (key: 'visits' | 'messages' | 'leads') => series.reduce((total, bucket) => total + bucket[key], 0)
  const uniqueVisitors = distinct?.count ?? 0
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

/** Who reads a company's figures: its owner, and staff and admins (figures only, never contacts). */
const mayReadFigures = (actor: Actor, ownerId: string) => actor.id === ownerId || hasRole(actor.role, 'staff')
const REFUSED = "Only the company's team, staff or an admin can see these figures"

/** GET /api/tradebooth/analytics: a booth the actor can see (else 404), of their company or as staff (else 403). */
export async function boothAnalytics(actor: Actor, query: AnalyticsQuery, now: Date = new Date()): Promise<BoothAnalyticsJson> {
  const booth = isUuid(query.id)
    ? await db().tradeBooth.findFirst({ where: withVisibleBooths(actor, { id: query.id }), select: { id: true, company: { select: { ownerId: true } } } })
    : null
  if (!booth) throw notFound('Booth')
  if (!mayReadFigures(actor, booth.company.ownerId)) throw forbidden(REFUSED)
  const window = analyticsWindow(query, now)
  return { booth_id: booth.id, from: window.fromDay, to: window.toDay, granularity: window.granularity, ...(await figuresOf([booth.id], window)) }
}

/** GET /api/company/analytics: the company's live booths together, and each booth's totals. */
export async function companyAnalytics(actor: Actor, query: AnalyticsQuery, now: Date = new Date()): Promise<CompanyAnalyticsJson> {
  const company = isUuid(query.id)
    ? await db().company.findFirst({
        where: { id: query.id, deletedAt: null },
        select: { id: true, ownerId: true, booths: { where: { deletedAt: null }, select: { id: true, title: true }, orderBy: { startsAt: 'asc' } } },
      })
    : null
  if (!company) throw notFound('Company')
  if (!mayReadFigures(actor, company.ownerId)) throw forbidden(REFUSED)
  const window = analyticsWindow(query, now)
  const whole = await figuresOf(
    company.booths.map((booth) => booth.id),
    window,
  )
  // Per booth: the same reads, one booth at a time (a company has a handful of booths).
  const booths = await Promise.all(
    company.booths.map(async (booth) => ({
      booth_id: booth.id,
      title: booth.title,
      ...(await figuresOf([booth.id], { ...window, granularity: 'day' })).totals,
    })),
  )
  booths.sort((a, b) => b.unique_visitors - a.unique_visitors || a.title.localeCompare(b.title))
  return { company_id: company.id, from: window.fromDay, to: window.toDay, granularity: window.granularity, ...whole, booths }
}
