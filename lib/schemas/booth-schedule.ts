/*
 * A booth's schedule on the wire: a local `date`, local `start_time`/`end_time` and an IANA
 * `timezone`. This module is the one place that reads those forms and turns them into instants.
 *
 * Accepted forms (case-insensitive, surrounding spaces ignored):
 *   date  ISO `2026-11-24`; the earlier service's `24 Nov, 2026` (also `24 November, 2026`, comma optional)
 *   time  ISO `09:30` or `09:30:00`; the earlier service's `09:30AM`, `9:30 pm`
 *   zone  any IANA name the runtime knows (`Asia/Kolkata`), kept as spelled (see normalizeTimezone)
 *
 * Local → instant conversion is `@date-fns/tz`'s TZDate, whose rules around daylight-saving
 * changes are: a wall-clock time that does not exist (the spring-forward gap, e.g. 02:30 on
 * 2026-03-08 in America/New_York) moves forward by the length of the gap (→ 03:30 EDT); a time that
 * happens twice (the fall-back hour) means the first occurrence (the earlier, daylight-time instant).
 */
import { TZDate } from '@date-fns/tz'
import { isValid, parse } from 'date-fns'
import { AppError } from '@/lib/errors'
import { processSingleton } from '@/lib/runtime/process-singleton'

/** date-fns's reference date for fields a format lacks, as a number so nothing can change it. */
const REFERENCE = new Date(2000, 0, 1).getTime()
const DATE_FORMATS = ['yyyy-MM-dd', 'd MMM, yyyy', 'd MMM yyyy', 'd MMMM, yyyy', 'd MMMM yyyy']
const TIME_FORMATS = ['HH:mm', 'HH:mm:ss', 'h:mma', 'h:mm a', 'h:mm:ssa', 'h:mm:ss a']
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/

export interface LocalDate {
  year: number
  month: number
  day: number
}

export interface LocalTime {
  hours: number
  minutes: number
  seconds: number
}

function firstMatch(text: string, formats: string[]): Date | null {
  for (const pattern of formats) {
    const parsed = parse(text, pattern, REFERENCE)
    if (isValid(parsed)) return parsed
  }
  return null
}

/** A calendar date in ISO or the earlier service's form; null when it is neither (or not a real day). */
export function parseBoothDate(text: string): LocalDate | null {
  const parsed = firstMatch(text.trim(), DATE_FORMATS)
  if (!parsed || parsed.getFullYear() < 1970 || parsed.getFullYear() > 9999) return null
  return { year: parsed.getFullYear(), month: parsed.getMonth() + 1, day: parsed.getDate() }
}

/** A wall-clock time in ISO (24 h) or the earlier service's 12 h form with AM/PM; null otherwise. */
export function parseBoothTime(text: string): LocalTime | null {
  const parsed = firstMatch(text.trim().toUpperCase(), TIME_FORMATS)
  return parsed ? { hours: parsed.getHours(), minutes: parsed.getMinutes(), seconds: parsed.getSeconds() } : null
}

/** The runtime's zone names by lower case (ICU lists some legacy spellings; UTC is added). */
const knownZones = processSingleton(
  'known-time-zones',
  (): ReadonlyMap<string, string> => new Map(['UTC', ...Intl.supportedValuesOf('timeZone')].map((zone) => [zone.toLowerCase(), zone])),
)

function knownZone(name: string): string | undefined {
  return knownZones.get().get(name.toLowerCase())
}

/**
 * An IANA time zone the runtime knows, or null. Kept as the client spelled it (`Asia/Kolkata` stays
 * `Asia/Kolkata`, though ICU's canonical id is `Asia/Calcutta`); only a case-insensitive match is
 * respelled from the runtime's list (`america/new_york` → `America/New_York`, `utc` → `UTC`).
 */
export function normalizeTimezone(text: string): string | null {
  const name = text.trim()
  if (!ZONE_SHAPE.test(name)) return null
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
  } catch {
    return null
  }
  return knownZone(name) ?? name
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

export const isoDate = (date: LocalDate) => `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`

export const isoTime = (time: LocalTime) => `${pad(time.hours)}:${pad(time.minutes)}${time.seconds ? `:${pad(time.seconds)}` : ''}`

/** The instant a local date and time denote in `timezone` (DST rules above). */
export function toInstant(date: LocalDate, time: LocalTime, timezone: string): Date {
  const local = new TZDate(date.year, date.month - 1, date.day, time.hours, time.minutes, time.seconds, 0, timezone)
  return new Date(local.getTime())
}

export interface ScheduleText {
  date: string
  start_time: string
  end_time: string
  timezone: string
}

export interface Schedule {
  /** Midnight UTC of the local date, as the `@db.Date` column wants it. */
  date: Date
  startsAt: Date
  endsAt: Date
  timezone: string
}

/** Field errors of a schedule, by wire field name; empty when it is valid. */
export function scheduleErrors(text: ScheduleText): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  const date = parseBoothDate(text.date)
  const start = parseBoothTime(text.start_time)
  const end = parseBoothTime(text.end_time)
  const timezone = normalizeTimezone(text.timezone)
  if (!date) errors.date = ['Use a date like 2026-11-24 or 24 Nov, 2026']
  if (!start) errors.start_time = ['Use a time like 09:30 or 09:30AM']
  if (!end) errors.end_time = ['Use a time like 17:00 or 05:00PM']
  if (!timezone) errors.timezone = ['Use an IANA time zone such as UTC or America/New_York']
  if (date && start && end && timezone && toInstant(date, start, timezone) >= toInstant(date, end, timezone)) {
    errors.end_time = ['The end time must be after the start time']
  }
  return errors
}

/** The schedule's instants; throws a 400 naming the fields (start not before end → `end_time`). */
export function parseSchedule(text: ScheduleText): Schedule {
  const errors = scheduleErrors(text)
  if (Object.keys(errors).length) throw new AppError('validation', 'Validation failed', { errors })
  const date = parseBoothDate(text.date)!
  const timezone = normalizeTimezone(text.timezone)!
  return {
    date: new Date(Date.UTC(date.year, date.month - 1, date.day)),
    startsAt: toInstant(date, parseBoothTime(text.start_time)!, timezone),
    endsAt: toInstant(date, parseBoothTime(text.end_time)!, timezone),
    timezone,
  }
}
