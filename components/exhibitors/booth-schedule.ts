import type { useFormatter } from 'next-intl'
import type { BoothJson } from '@/lib/schemas/booths'

/** next-intl's formatter (useFormatter in a component, getFormatter in an async server component). */
export type Format = ReturnType<typeof useFormatter>

/** The booth's local date and wall-clock time as a UTC instant, so formatting in UTC prints exactly what was typed. */
function wallClock(date: string, time = '00:00'): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return new Date(Date.UTC(year, month - 1, day, hour, minute))
}

/** "Tue 24 Nov 2026" for a booth's local ISO date, without a time zone shift (the date is already local); words follow the viewer's language. */
export function formatBoothDate(format: Format, date: string, style: 'long' | 'short' = 'long'): string {
  return format.dateTime(wallClock(date), 'date', style === 'long' ? { weekday: 'short', timeZone: 'UTC' } : { timeZone: 'UTC' })
}

/** The short name of a zone at an instant (e.g. "EST", "GMT+5:30"), as Intl spells it in the viewer's language. */
export function zoneName(locale: string, instant: string, timezone: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? timezone
}

/** "09:30–11:00" on the booth's own wall clock (what the exhibitor typed), on the viewer's 12- or 24-hour clock. */
export function boothTimeRange(format: Format, booth: Pick<BoothJson, 'date' | 'start_time' | 'end_time'>): string {
  const start = wallClock(booth.date, booth.start_time)
  const end = wallClock(booth.date, booth.end_time)
  return `${format.dateTime(start, 'time', { timeZone: 'UTC' })}–${format.dateTime(end, 'time', { timeZone: 'UTC' })}`
}

/** A booth's IANA zone as people read it ("America/New York"). */
export const zoneLabel = (timezone: string) => timezone.replaceAll('_', ' ')
