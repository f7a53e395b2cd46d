'use client'

import { CalendarRange, ChevronDown, X } from 'lucide-react'

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

const short = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const show = (iso: string) => (iso ? short.format(new Date(`${iso}T00:00:00Z`)) : '…')

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
          { key: range.fromKey, label: 'From', value: from },
          { key: range.toKey, label: 'To', value: to },
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
            Clear dates
          </Button>
        )}
      </PopoverContent>
    </Popover>
  )
}
