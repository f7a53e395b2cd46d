import type { LucideIcon } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'

import { Card } from '@/components/ui/card'

/** One headline figure. `value` null means "not known yet", shown as a dash with the hint saying why. */
export function FigureCard({ label, value, hint, icon: Icon }: { label: string; value: number | null; hint: string; icon: LucideIcon }) {
  const t = useTranslations('overview')
  const format = useFormatter()
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
            <span className="sr-only">{t('notAvailable')}</span>
          </>
        ) : (
          format.number(value)
        )}
      </p>
      <p className="text-xs text-muted-foreground">{hint}</p>
    </Card>
  )
}
