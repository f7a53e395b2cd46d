import { CircleCheck, CircleX, Clock, RotateCcw, Undo2, type LucideIcon } from 'lucide-react'

import type { BoothStatusEvent } from '@/lib/services/booths/booth-status-history'
import { cn } from '@/lib/utils/cn'

const STEP: Record<BoothStatusEvent['action'], { label: string; icon: LucideIcon; tone: string }> = {
  created: { label: 'Submitted', icon: Clock, tone: 'text-amber-600 dark:text-amber-400' },
  accepted: { label: 'Accepted', icon: CircleCheck, tone: 'text-emerald-600 dark:text-emerald-400' },
  rejected: { label: 'Rejected', icon: CircleX, tone: 'text-destructive' },
  resubmitted: { label: 'Resubmitted after an edit', icon: RotateCcw, tone: 'text-amber-600 dark:text-amber-400' },
  reopened: { label: 'Re-opened for review', icon: Undo2, tone: 'text-amber-600 dark:text-amber-400' },
}

// UTC, labelled: a server component cannot know the viewer's zone, and an unlabelled time would mislead.
const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/** The booth's status changes as a vertical timeline, oldest first. */
export function StatusHistory({ events }: { events: BoothStatusEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">No status changes recorded.</p>
  return (
    <ol aria-label="Status history" className="flex flex-col">
      {events.map((event, index) => {
        const step = STEP[event.action]
        return (
          <li key={`${event.at}-${index}`} className="relative flex gap-3 pb-5 last:pb-0">
            {index < events.length - 1 && <span aria-hidden className="absolute top-6 bottom-0 left-[11px] w-px bg-border" />}
            <step.icon aria-hidden className={cn('mt-0.5 size-[22px] shrink-0 rounded-full bg-card p-0.5', step.tone)} />
            <div className="flex min-w-0 flex-col gap-0.5">
              <p className="text-sm font-medium text-foreground">{step.label}</p>
              <p className="text-xs text-muted-foreground">
                {when.format(new Date(event.at))} UTC{event.actor_name ? ` · ${event.actor_name}` : ''}
              </p>
              {event.reason && <p className="mt-1 rounded-md bg-muted/60 px-2.5 py-1.5 text-sm text-foreground">“{event.reason}”</p>}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
