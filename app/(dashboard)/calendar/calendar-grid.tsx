import Link from 'next/link'
import { useFormatter, useTranslations } from 'next-intl'

import type { BoothJson } from '@/lib/schemas/booths'
import { cn } from '@/lib/utils/cn'
import { boothSummary, boothTimes, chipTone, dayDate, dayLabel, zonePlace } from './booth-chip'

/** A Monday (5 Jan 1970, UTC) and the six days after it: the grid's column heads, named by the formatter. */
const WEEK = Array.from({ length: 7 }, (_, index) => Date.UTC(1970, 0, 5 + index))
const WEEKDAY_HEAD = { weekday: 'short', timeZone: 'UTC' } as const
const DAY_NUMBER = { day: 'numeric', timeZone: 'UTC' } as const
const MAX_PER_DAY = 4

/** The month: a Monday-first grid of days; each booth sits on its own local date with its own local times. */
export function CalendarGrid({
  days,
  byDay,
  month,
  today,
  className,
}: {
  days: string[]
  byDay: Map<string, BoothJson[]>
  month: string
  today: string
  className?: string
}) {
  const t = useTranslations('calendar')
  const format = useFormatter()
  return (
    <div className={cn('overflow-hidden rounded-lg border bg-card shadow-xs', className)}>
      <div className="grid grid-cols-7 border-b bg-muted/50 text-xs font-medium text-muted-foreground" aria-hidden>
        {WEEK.map((day) => (
          <div key={day} className="px-2 py-2">
            {format.dateTime(day, WEEKDAY_HEAD)}
          </div>
        ))}
      </div>
      <ol className="grid grid-cols-7">
        {days.map((day) => {
          const booths = byDay.get(day) ?? []
          const outside = !day.startsWith(month)
          const shown = booths.slice(0, MAX_PER_DAY)
          return (
            <li
              key={day}
              aria-label={t('dayBooths', { day: dayLabel(format, day), count: booths.length })}
              className={cn('flex flex-col gap-1 border-e border-b p-1.5 [&:nth-child(7n)]:border-e-0', 'min-h-28', outside && 'bg-muted/30')}
            >
              <span
                className={cn(
                  'grid size-6 place-items-center rounded-full text-xs tabular-nums',
                  day === today ? 'bg-primary font-semibold text-primary-foreground' : outside ? 'text-muted-foreground' : 'text-foreground',
                )}
              >
                {format.dateTime(dayDate(day), DAY_NUMBER)}
              </span>
              {shown.map((booth) => (
                <Link
                  key={booth.id}
                  href={`/booths/${booth.id}`}
                  title={boothSummary(booth, t)}
                  className={cn(
                    'flex flex-col rounded border px-1.5 py-0.5 text-[11px] leading-tight outline-none hover:brightness-95 focus-visible:ring-2 focus-visible:ring-ring',
                    chipTone[booth.status],
                  )}
                >
                  <span dir="auto" className="truncate font-medium">
                    {booth.title}
                  </span>
                  <span className="truncate opacity-80 tabular-nums">
                    <bdi dir="ltr">{boothTimes(booth)}</bdi> {zonePlace(booth.timezone)}
                  </span>
                  <span className="sr-only">{t(`status.${booth.status}`)}</span>
                </Link>
              ))}
              {booths.length > shown.length && (
                <Link href={`/booths?date_from=${day}&date_to=${day}`} className="px-1 text-[11px] font-medium text-muted-foreground hover:text-foreground">
                  {t('more', { count: booths.length - shown.length })}
                </Link>
              )}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
