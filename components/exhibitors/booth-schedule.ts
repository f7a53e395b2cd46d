import type { BoothJson } from '@/lib/schemas/booths'

/** "Tue 24 Nov 2026" for a booth's local ISO date, without a time zone shift (the date is already local). */
export function formatBoothDate(date: string, style: 'long' | 'short' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat('en-GB', options).format(new Date(Date.UTC(year, month - 1, day)))
}

/** The short name of a zone at an instant (e.g. "EST", "GMT+5:30"), as Intl spells it. */
export function zoneName(instant: string, timezone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? timezone
}

/** "09:30–11:00" on the booth's own wall clock (what the exhibitor typed). */
export const boothTimeRange = (booth: Pick<BoothJson, 'start_time' | 'end_time'>) => `${booth.start_time}–${booth.end_time}`
