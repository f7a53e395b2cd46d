import type { AnalyticsBucket, AnalyticsQuery } from '@/lib/schemas/analytics'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** The UTC days of a query as instants: [start, end) with `end` the midnight after the last day. */
export interface AnalyticsWindow {
  fromDay: string
  toDay: string
  start: Date
  end: Date
  granularity: 'hour' | 'day'
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10)

/** The window asked for, by default the 30 UTC days up to today. */
export function analyticsWindow(query: Pick<AnalyticsQuery, 'from' | 'to' | 'granularity'>, now: Date = new Date()): AnalyticsWindow {
  const toDay = query.to ?? isoDay(now)
  const end = new Date(Date.parse(`${toDay}T00:00:00Z`) + DAY_MS)
  const fromDay = query.from ?? isoDay(new Date(end.getTime() - 30 * DAY_MS))
  return { fromDay, toDay, start: new Date(`${fromDay}T00:00:00Z`), end, granularity: query.granularity }
}

const EMPTY = { visits: 0, unique_visitors: 0, messages: 0, leads: 0, peak_in_room: 0 }

/** Every bucket of the window in order, the measured ones filled in and the rest zeros (a chart needs the gaps). */
export function fillSeries(window: AnalyticsWindow, measured: Map<number, Partial<Omit<AnalyticsBucket, 'at'>>>): AnalyticsBucket[] {
  const step = window.granularity === 'hour' ? HOUR_MS : DAY_MS
  const series: AnalyticsBucket[] = []
  for (let at = window.start.getTime(); at < window.end.getTime(); at += step) series.push({ at: new Date(at).toISOString(), ...EMPTY, ...measured.get(at) })
  return series
}
