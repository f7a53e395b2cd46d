import Link from 'next/link'
import { useFormatter, useTranslations } from 'next-intl'

import type { BoothJson } from '@/lib/schemas/booths'
import { cn } from '@/lib/utils/cn'
import { boothSummary, boothTimes, chipTone, dayLabel, shortDayLabel, zonePlace } from './booth-chip'

const HOUR_PX = 48
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

interface Placed {
  booth: BoothJson
  start: number
  end: number
  lane: number
  lanes: number
}

/** Side by side when they overlap: each booth takes the first free lane of its cluster of overlapping booths. */
function placeDay(booths: BoothJson[]): Placed[] {
  const sorted = booths
    .map((booth) => ({ booth, start: minutes(booth.start_time), end: Math.max(minutes(booth.end_time), minutes(booth.start_time) + 15) }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const placed: Placed[] = []
  let cluster: Placed[] = []
  let clusterEnd = -1
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((item) => item.lane + 1))
    for (const item of cluster) item.lanes = lanes
    cluster = []
  }
  for (const item of sorted) {
    if (item.start >= clusterEnd) closeCluster()
    const taken = new Set(cluster.filter((other) => other.end > item.start).map((other) => other.lane))
    let lane = 0
    while (taken.has(lane)) lane++
    const entry = { ...item, lane, lanes: 1 }
    cluster.push(entry)
    placed.push(entry)
    clusterEnd = Math.max(clusterEnd, item.end)
  }
  closeCluster()
  return placed
}

/**
 * The week on a time axis: each booth is a block from its local start to its local end (its own
 * clock, as everywhere in the calendar), overlapping booths side by side. The axis spans working
 * hours, widened to whatever the week's booths need.
 */
export function CalendarWeek({ days, byDay, today }: { days: string[]; byDay: Map<string, BoothJson[]>; today: string }) {
  const t = useTranslations('calendar')
  const format = useFormatter()
  const all = days.flatMap((day) => byDay.get(day) ?? [])
  const firstHour = Math.min(8, ...all.map((booth) => Math.floor(minutes(booth.start_time) / 60)))
  const lastHour = Math.max(18, ...all.map((booth) => Math.ceil(minutes(booth.end_time) / 60)))
  const hours = Array.from({ length: lastHour - firstHour }, (_, index) => firstHour + index)
  const height = hours.length * HOUR_PX

  return (
    <div className="overflow-x-auto rounded-lg border bg-card shadow-xs">
      <div className="grid min-w-[44rem] grid-cols-[3.5rem_repeat(7,minmax(0,1fr))]">
        <div aria-hidden className="border-b bg-muted/50" />
        {days.map((day) => (
          <div key={day} aria-hidden className="border-b border-s bg-muted/50 px-2 py-2 text-xs font-medium text-muted-foreground">
            <span className={cn('tabular-nums', day === today && 'rounded-full bg-primary px-1.5 py-0.5 font-semibold text-primary-foreground')}>
              {shortDayLabel(format, day)}
            </span>
          </div>
        ))}
        <div aria-hidden className="relative" style={{ height }}>
          {hours.map((hour, index) => (
            <span key={hour} className="absolute end-2 -translate-y-1/2 text-[11px] text-muted-foreground tabular-nums" style={{ top: index * HOUR_PX }}>
              {index === 0 ? '' : `${String(hour).padStart(2, '0')}:00`}
            </span>
          ))}
        </div>
        {days.map((day) => {
          const booths = byDay.get(day) ?? []
          return (
            <ol key={day} aria-label={t('dayBooths', { day: dayLabel(format, day), count: booths.length })} className="relative border-s" style={{ height }}>
              {hours.map((hour, index) => (
                <li key={hour} aria-hidden className="absolute inset-x-0 border-t border-dashed border-border/70" style={{ top: index * HOUR_PX }} />
              ))}
              {placeDay(booths).map(({ booth, start, end, lane, lanes }) => (
                <li
                  key={booth.id}
                  className="absolute px-0.5"
                  style={{
                    top: ((start - firstHour * 60) / 60) * HOUR_PX,
                    height: Math.max(((end - start) / 60) * HOUR_PX, 22),
                    insetInlineStart: `${(lane / lanes) * 100}%`,
                    width: `${100 / lanes}%`,
                  }}
                >
                  <Link
                    href={`/booths/${booth.id}`}
                    title={boothSummary(booth, t)}
                    className={cn(
                      'flex h-full flex-col overflow-hidden rounded border px-1.5 py-0.5 text-[11px] leading-tight outline-none hover:brightness-95 focus-visible:ring-2 focus-visible:ring-ring',
                      chipTone[booth.status],
                    )}
                  >
                    <span dir="auto" className="truncate font-medium">
                      {booth.title}
                    </span>
                    <span className="truncate opacity-80 tabular-nums">
                      <bdi dir="ltr">{boothTimes(booth)}</bdi> {zonePlace(booth.timezone)}
                    </span>
                    <span className="truncate opacity-80">{booth.location}</span>
                    <span className="sr-only">{t(`status.${booth.status}`)}</span>
                  </Link>
                </li>
              ))}
            </ol>
          )
        })}
      </div>
    </div>
  )
}
