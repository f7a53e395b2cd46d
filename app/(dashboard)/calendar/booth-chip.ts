import { STATUS_LABELS } from '@/components/exhibitors/booth-status-badge'
import type { BoothJson } from '@/lib/schemas/booths'

/** The status colours the calendar's month grid, week grid and agenda share. */
export const chipTone = {
  pending: 'border-amber-500/30 bg-amber-500/10 text-amber-900 dark:text-amber-200',
  accepted: 'border-emerald-500/30 bg-emerald-500/10 text-emerald-900 dark:text-emerald-200',
  rejected: 'border-destructive/30 bg-destructive/10 text-destructive',
} as const

/** "Europe/Berlin" → "Berlin": the zone's place, as people say it. */
export const zonePlace = (timezone: string) => timezone.split('/').at(-1)?.replaceAll('_', ' ') ?? timezone

/** Everything about a booth in one line, for a tooltip. */
export const boothSummary = (booth: BoothJson) =>
  `${booth.title} · ${booth.start_time}–${booth.end_time} ${booth.timezone} · ${booth.location} · ${STATUS_LABELS[booth.status]}`

export const dayLabel = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
export const dayDate = (day: string) => new Date(`${day}T00:00:00Z`)
