import type { useFormatter, useTranslations } from 'next-intl'
import type { BoothJson } from '@/lib/schemas/booths'

/** The calendar's words (namespace calendar) and the viewer's formatter, as its parts receive them. */
export type CalendarWords = ReturnType<typeof useTranslations<'calendar'>>
export type Formatter = ReturnType<typeof useFormatter>

/** The status colours the calendar's month grid, week grid and agenda share. */
export const chipTone = {
  pending: 'border-amber-500/30 bg-amber-500/10 text-amber-900 dark:text-amber-200',
  accepted: 'border-emerald-500/30 bg-emerald-500/10 text-emerald-900 dark:text-emerald-200',
  rejected: 'border-destructive/30 bg-destructive/10 text-destructive',
} as const

/** "Europe/Berlin" → "Berlin": the zone's place, as people say it. */
export const zonePlace = (timezone: string) => timezone.split('/').at(-1)?.replaceAll('_', ' ') ?? timezone

/**
 * A booth's times are its own wall clock ("09:00"), stored as the booth form takes them: shown as
 * they are in every language, so a booth reads the same on its page, in the API and here.
 */
export const boothTimes = (booth: BoothJson) => `${booth.start_time}–${booth.end_time}`

/** Everything about a booth in one line, for a tooltip. */
export const boothSummary = (booth: BoothJson, t: CalendarWords) =>
  `${booth.title} · ${boothTimes(booth)} ${booth.timezone} · ${booth.location} · ${t(`status.${booth.status}`)}`

export const dayDate = (day: string) => new Date(`${day}T00:00:00Z`)

/** "Tuesday 8 December" in the viewer's language. A calendar day is a UTC midnight, so it is named in UTC, never shifted by the viewer's zone. */
export const dayLabel = (format: Formatter, day: string) => format.dateTime(dayDate(day), 'weekday', { timeZone: 'UTC' })

/** "Tue 8", the week view's column head. */
export const shortDayLabel = (format: Formatter, day: string) => format.dateTime(dayDate(day), 'weekdayShort', { timeZone: 'UTC' })
