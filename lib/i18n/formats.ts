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
      // Examples in English (Intl's `en`: month first); Arabic orders and names them its own way.
      /** Dec 7, 2026 */
      date: { day: 'numeric', month: 'short', year: 'numeric' },
      /** December 7, 2026 */
      dateLong: { day: 'numeric', month: 'long', year: 'numeric' },
      /** Dec 7, 2026, 2:05 PM (14:05 on a 24-hour clock) */
      dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', ...clock },
      /** Dec 7, 2:05 PM (recent things, where the year is obvious) */
      recent: { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', ...clock },
      /** 2:05 PM */
      time: { hour: 'numeric', minute: '2-digit', ...clock },
      /** Monday, December 7 */
      weekday: { weekday: 'long', day: 'numeric', month: 'long' },
      /** 7 Mon */
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
