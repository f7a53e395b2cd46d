import type { Formats } from 'next-intl'
import type { HourCycle } from './locales'

/**
 * The named date and number formats every page uses (`format.dateTime(at, 'dateTime')`), so one
 * time reads the same everywhere. The clock follows the person's preference when they set one,
 * else their language's custom; the time zone is the viewer's (set per request).
 */
export function appFormats(hourCycle: HourCycle | null) {
  const clock = hourCycle ? { hourCycle } : {}
  return {
    dateTime: {
      /** 7 Dec 2026 */
      date: { day: 'numeric', month: 'short', year: 'numeric' },
      /** 7 December 2026 */
      dateLong: { day: 'numeric', month: 'long', year: 'numeric' },
      /** 7 Dec 2026, 14:05 */
      dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', ...clock },
      /** 7 Dec, 14:05 (recent things, where the year is obvious) */
      recent: { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', ...clock },
      /** 14:05 */
      time: { hour: 'numeric', minute: '2-digit', ...clock },
      /** Monday 7 December */
      weekday: { weekday: 'long', day: 'numeric', month: 'long' },
      /** Mon 7 */
      weekdayShort: { weekday: 'short', day: 'numeric' },
      /** December 2026 */
      month: { month: 'long', year: 'numeric' },
    },
    number: {
      integer: { maximumFractionDigits: 0 },
      percent: { style: 'percent', maximumFractionDigits: 1 },
    },
  } satisfies Formats
}

export type AppFormats = ReturnType<typeof appFormats>
