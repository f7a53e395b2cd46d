'use client'

import { CalendarRange, ChevronDown, X } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover'
import { cn } from '@/lib/utils/cn'

/** A date range filter: two URL keys (e.g. `date_from`, `date_to`), both ISO dates, edited in a popover. */
export interface DataTableDateRangeDef {
  label: string
  fromKey: string
  toKey: string
}

export function DataTableDateRange({
  range,
  from,
  to,
  onChange,
}: {
  range: DataTableDateRangeDef
  from: string
  to: string
  onChange: (key: string, value: string) => void
}) {
  const t = useTranslations('table')
  const format = useFormatter()
  // A calendar day: shown as that day wherever the reader is.
  const show = (iso: string) =>
    iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : '…'
  const chosen = Boolean(from || to)
  const id = `range-${range.fromKey}`
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" className={cn('h-9 border-dashed', chosen && 'border-solid border-primary/40 bg-primary/5')}>
          <CalendarRange aria-hidden />
          {range.label}
          {chosen && (
            <>
              <span aria-hidden className="h-4 w-px bg-border" />
              <span className="font-semibold text-primary tabular-nums">
                {show(from)} – {show(to)}
              </span>
            </>
          )}
          <ChevronDown aria-hidden className="opacity-60" />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="flex w-64 flex-col gap-3">
        {[
          { key: range.fromKey, label: t('from'), value: from },
          { key: range.toKey, label: t('to'), value: to },
        ].map((bound) => (
          <div key={bound.key} className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-${bound.key}`}>{bound.label}</Label>
            <input
              id={`${id}-${bound.key}`}
              type="date"
              value={bound.value}
              onChange={(event) => onChange(bound.key, event.target.value)}
              className="h-9 rounded-md border border-input bg-transparent px-3 text-sm tabular-nums outline-none focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/25 dark:[color-scheme:dark]"
            />
          </div>
        ))}
        {chosen && (
          <Button
            variant="ghost"
            size="sm"
            className="self-start"
            onClick={() => {
              onChange(range.fromKey, '')
              onChange(range.toKey, '')
            }}
          >
            <X aria-hidden />
            {t('clearDates')}
          </Button>
        )}
      </PopoverContent>
    </Popover>
  )
}
