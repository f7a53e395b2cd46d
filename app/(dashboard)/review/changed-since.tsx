import { useTranslations } from 'next-intl'

import type { BoothSnapshot } from '@/lib/services/booths/booth-snapshot'

// Each field's name is the `review.changed.<field>` message.
const LABELLED = ['title', 'date', 'start_time', 'end_time', 'timezone', 'location', 'description', 'starts_at', 'ends_at'] as const
const isLabelled = (field: string): field is (typeof LABELLED)[number] => (LABELLED as readonly string[]).includes(field)
const LOCAL = ['date', 'start_time', 'end_time', 'timezone']

/**
 * What changed since the booth was last accepted, field by field. The UTC instants are shown only
 * when the local fields did not change (e.g. a zone's rules moved), since otherwise they repeat them.
 */
export function ChangedSince({ snapshot, current, fields }: { snapshot: BoothSnapshot; current: BoothSnapshot; fields: string[] }) {
  const t = useTranslations('review.changed')
  const localChanged = fields.some((field) => LOCAL.includes(field))
  const shown = fields.filter((field) => !(localChanged && (field === 'starts_at' || field === 'ends_at'))) as (keyof BoothSnapshot)[]
  return (
    <dl aria-label={t('label')} className="grid gap-x-4 gap-y-1.5 text-xs sm:grid-cols-[auto_1fr]">
      {shown.map((field) => (
        <div key={field} className="contents">
          <dt className="font-medium text-muted-foreground">{isLabelled(field) ? t(field) : field}</dt>
          <dd className="flex min-w-0 flex-wrap items-baseline gap-1.5">
            <del className="truncate text-muted-foreground decoration-destructive/60">{snapshot[field] || '∅'}</del>
            <span aria-hidden className="inline-block text-muted-foreground rtl:-scale-x-100">
              {'→'}
            </span>
            <ins className="truncate font-medium text-foreground no-underline">{current[field] || '∅'}</ins>
          </dd>
        </div>
      ))}
    </dl>
  )
}
