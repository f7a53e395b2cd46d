import type { useFormatter } from 'next-intl'

/**
 * The calendar's visible days, as ISO dates. Everything is computed on UTC midnights: a booth's `date`
 * is already its local date in its own zone, so the grid itself needs no zone at all.
 */
export type CalendarView = 'month' | 'week'

export interface CalendarRange {
  view: CalendarView
  /** The first day of the month (month view) or the Monday (week view). */
  anchor: string
  days: string[]
  title: string
  previous: string
  next: string
}

const DAY = 86_400_000
const iso = (time: number) => new Date(time).toISOString().slice(0, 10)
const parse = (date: string) => Date.parse(`${date}T00:00:00.000Z`)
/** Monday on or before the day (ISO weeks start on Monday). */
const mondayOf = (time: number) => time - ((new Date(time).getUTCDay() + 6) % 7) * DAY

/** The title names days in the viewer's language, as UTC dates (the grid's days are UTC midnights). */
export function calendarRange(view: CalendarView, at: string | undefined, today: string, format: ReturnType<typeof useFormatter>): CalendarRange {
  const wanted =
    at && /^\d{4}-\d{2}(-\d{2})?$/.test(at) && !Number.isNaN(parse(at.length === 7 ? `${at}-01` : at)) ? parse(at.length === 7 ? `${at}-01` : at) : parse(today)
  if (view === 'week') {
    const monday = mondayOf(wanted)
    const days = Array.from({ length: 7 }, (_, index) => iso(monday + index * DAY))
    return {
      view,
      anchor: iso(monday),
      days,
      title: format.dateTimeRange(monday, monday + 6 * DAY, 'date', { timeZone: 'UTC' }),
      previous: iso(monday - 7 * DAY),
      next: iso(monday + 7 * DAY),
    }
  }
  const date = new Date(wanted)
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
  const last = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)
  const start = mondayOf(first)
  const end = mondayOf(last) + 6 * DAY
  const days = Array.from({ length: Math.round((end - start) / DAY) + 1 }, (_, index) => iso(start + index * DAY))
  return {
    view,
    anchor: iso(first),
    days,
    title: format.dateTime(first, 'month', { timeZone: 'UTC' }),
    previous: iso(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1)).slice(0, 7),
    next: iso(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)).slice(0, 7),
  }
}
