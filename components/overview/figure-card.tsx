import type { LucideIcon } from 'lucide-react'

import { Card } from '@/components/ui/card'

const number = new Intl.NumberFormat('en-GB')

/** One headline figure. `value` null means "not known yet", shown as a dash with the hint saying why. */
export function FigureCard({ label, value, hint, icon: Icon }: { label: string; value: number | null; hint: string; icon: LucideIcon }) {
  return (
    <Card role="group" aria-label={label} className="flex flex-col gap-2 p-4 sm:p-5">
      <div className="flex items-center justify-between gap-2 text-sm text-muted-foreground">
        <span className="truncate">{label}</span>
        <Icon aria-hidden className="size-4 shrink-0" />
      </div>
      <p className="text-2xl font-semibold tracking-tight text-foreground tabular-nums">
        {value === null ? (
          <>
            <span aria-hidden>—</span>
            <span className="sr-only">Not available</span>
          </>
        ) : (
          number.format(value)
        )}
      </p>
      <p className="text-xs text-muted-foreground">{hint}</p>
    </Card>
  )
}
