import { forbidden, notFound } from '@/lib/errors'
import { db, sqlRows } from '@/lib/db'
import { hasRole } from '@/lib/auth/auth-user'
import type { AnalyticsBucket, AnalyticsQuery, AnalyticsTotals, BoothAnalyticsJson, CompanyAnalyticsJson } from '@/lib/schemas/analytics'
import type { Actor } from '@/lib/services/actor'
import { withVisibleBooths } from '@/lib/services/booths/booth-visibility'
import { isUuid } from '@/lib/services/is-uuid'
import { assembleFigures, distinctVisitorsSql, statBucketsSql, visitBucketsSql, type StatBucketRow, type VisitBucketRow } from './analytics-sql'
import { analyticsWindow, type AnalyticsWindow } from './analytics-window'

/** A set of booths' figures over a window: the three statements of analytics-sql.ts, at once. */
async function figuresOf(boothIds: string[], window: AnalyticsWindow): Promise<{ totals: AnalyticsTotals; series: AnalyticsBucket[] }> {
  const [visits, stats, [distinct]] = await Promise.all([
    sqlRows<VisitBucketRow>(visitBucketsSql(boothIds, window)),
    sqlRows<StatBucketRow>(statBucketsSql(boothIds, window)),
    sqlRows<{ count: number }>(distinctVisitorsSql(boothIds, window)),
  ])
  return assembleFigures(window, visits, stats, distinct?.count ?? 0)
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
