import Link from 'next/link'
import { CalendarX2 } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'

import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import { EmptyState } from '@/components/shell/empty-state'
import type { BoothJson } from '@/lib/schemas/booths'
import { cn } from '@/lib/utils/cn'
import { boothTimes, dayLabel, zonePlace } from './booth-chip'

/** The phone's calendar: the days that have booths, each with its booths in order, as a list. */
export function CalendarAgenda({ days, byDay, today, className }: { days: string[]; byDay: Map<string, BoothJson[]>; today: string; className?: string }) {
  const t = useTranslations('calendar')
  const format = useFormatter()
  const busy = days.filter((day) => (byDay.get(day)?.length ?? 0) > 0)
  if (busy.length === 0) {
    return (
      <EmptyState icon={CalendarX2} title={t('emptyTitle')} description={t('emptyDescription')} className={cn('rounded-lg border bg-card py-10', className)} />
    )
  }
  return (
    <ol aria-label={t('agenda')} className={cn('flex flex-col gap-4', className)}>
      {busy.map((day) => {
        const booths = [...(byDay.get(day) ?? [])].sort((a, b) => a.start_time.localeCompare(b.start_time))
        return (
          <li key={day} className="flex flex-col gap-2">
            <h3 className="flex items-center gap-2 text-sm font-semibold text-foreground">
              {dayLabel(format, day)}
              {day === today && <span className="rounded-full bg-primary px-2 text-[11px] leading-5 font-semibold text-primary-foreground">{t('today')}</span>}
            </h3>
            <ul className="divide-y overflow-hidden rounded-lg border bg-card">
              {booths.map((booth) => (
                <li key={booth.id}>
                  <Link
                    href={`/booths/${booth.id}`}
                    className="flex items-start gap-3 px-3 py-2.5 outline-none hover:bg-accent/50 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset"
                  >
                    <span className="w-24 shrink-0 text-xs text-muted-foreground tabular-nums">
                      <bdi dir="ltr">{boothTimes(booth)}</bdi>
                      <span className="block truncate">{zonePlace(booth.timezone)}</span>
                    </span>
                    <span className="flex min-w-0 flex-1 flex-col gap-1">
                      <span dir="auto" className="line-clamp-2 text-sm font-medium text-foreground">
                        {booth.title}
                      </span>
                      <span className="truncate text-xs text-muted-foreground">{booth.location}</span>
                    </span>
                    <BoothStatusBadge status={booth.status} />
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        )
      })}
    </ol>
  )
}
