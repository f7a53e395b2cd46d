import Link from 'next/link'

import { STATUS_LABELS } from '@/components/exhibitors/booth-status-badge'
import type { BoothJson } from '@/lib/schemas/booths'
import { cn } from '@/lib/utils/cn'
import { boothSummary, chipTone, dayDate, dayLabel, zonePlace } from './booth-chip'

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
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
  return (
    <div className={cn('overflow-hidden rounded-lg border bg-card shadow-xs', className)}>
      <div className="grid grid-cols-7 border-b bg-muted/50 text-xs font-medium text-muted-foreground" aria-hidden>
        {WEEKDAYS.map((day) => (
          <div key={day} className="px-2 py-2">
            {day}
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
              aria-label={`${dayLabel.format(dayDate(day))}: ${booths.length} booths`}
              className={cn('flex flex-col gap-1 border-r border-b p-1.5 [&:nth-child(7n)]:border-r-0', 'min-h-28', outside && 'bg-muted/30')}
            >
              <span
                className={cn(
                  'grid size-6 place-items-center rounded-full text-xs tabular-nums',
                  day === today ? 'bg-primary font-semibold text-primary-foreground' : outside ? 'text-muted-foreground' : 'text-foreground',
                )}
              >
                {Number(day.slice(8))}
              </span>
              {shown.map((booth) => (
                <Link
                  key={booth.id}
                  href={`/booths/${booth.id}`}
                  title={boothSummary(booth)}
                  className={cn(
                    'flex flex-col rounded border px-1.5 py-0.5 text-[11px] leading-tight outline-none hover:brightness-95 focus-visible:ring-2 focus-visible:ring-ring',
                    chipTone[booth.status],
                  )}
                >
                  <span className="truncate font-medium">{booth.title}</span>
                  <span className="truncate opacity-80 tabular-nums">
                    {booth.start_time}–{booth.end_time} {zonePlace(booth.timezone)}
                  </span>
                  <span className="sr-only">{STATUS_LABELS[booth.status]}</span>
                </Link>
              ))}
              {booths.length > shown.length && (
                <Link href={`/booths?date_from=${day}&date_to=${day}`} className="px-1 text-[11px] font-medium text-muted-foreground hover:text-foreground">
                  +{booths.length - shown.length} more
                </Link>
              )}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
