import { CircleCheck, CircleX, Clock, RotateCcw, Undo2, type LucideIcon } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'

import type { BoothStatusEvent } from '@/lib/services/booths/booth-status-history'
import { cn } from '@/lib/utils/cn'

// Each step's name is the `booths.history.<action>` message.
const STEP: Record<BoothStatusEvent['action'], { icon: LucideIcon; tone: string }> = {
  created: { icon: Clock, tone: 'text-amber-600 dark:text-amber-400' },
  accepted: { icon: CircleCheck, tone: 'text-emerald-600 dark:text-emerald-400' },
  rejected: { icon: CircleX, tone: 'text-destructive' },
  resubmitted: { icon: RotateCcw, tone: 'text-amber-600 dark:text-amber-400' },
  reopened: { icon: Undo2, tone: 'text-amber-600 dark:text-amber-400' },
}

/** People's own words keep their own direction inside a sentence of the other one (Unicode isolates). */
const isolated = (text: string) => `\u2068${text}\u2069`

/** The booth's status changes as a vertical timeline, oldest first. */
export function StatusHistory({ events }: { events: BoothStatusEvent[] }) {
  const t = useTranslations('booths.history')
  // The viewer's own time zone and clock (the browser reports its zone in a cookie).
  const format = useFormatter()
  const when = (at: string) => format.dateTime(new Date(at), 'dateTime')
  if (events.length === 0) return <p className="text-sm text-muted-foreground">{t('empty')}</p>
  return (
    <ol aria-label={t('label')} className="flex flex-col">
      {events.map((event, index) => {
        const step = STEP[event.action]
        return (
          <li key={`${event.at}-${index}`} className="relative flex gap-3 pb-5 last:pb-0">
            {index < events.length - 1 && <span aria-hidden className="absolute top-6 bottom-0 start-[11px] w-px bg-border" />}
            <step.icon aria-hidden className={cn('mt-0.5 size-[22px] shrink-0 rounded-full bg-card p-0.5', step.tone)} />
            <div className="flex min-w-0 flex-col gap-0.5">
              <p className="text-sm font-medium text-foreground">{t(event.action)}</p>
              <p className="text-xs text-muted-foreground">
                {when(event.at)}
                {event.actor_name ? ` · ${event.actor_name}` : ''}
              </p>
              {event.reason && (
                <p className="mt-1 rounded-md bg-muted/60 px-2.5 py-1.5 text-sm text-foreground">{t('reason', { reason: isolated(event.reason) })}</p>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
