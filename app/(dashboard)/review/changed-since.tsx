import type { BoothSnapshot } from '@/lib/services/booths/booth-snapshot'

const LABELS: Record<string, string> = {
  title: 'Title',
  date: 'Date',
  start_time: 'Starts',
  end_time: 'Ends',
  timezone: 'Time zone',
  location: 'Location',
  description: 'Description',
  starts_at: 'Start (UTC)',
  ends_at: 'End (UTC)',
}
const LOCAL = ['date', 'start_time', 'end_time', 'timezone']

/**
 * What changed since the booth was last accepted, field by field. The UTC instants are shown only
 * when the local fields did not change (e.g. a zone's rules moved), since otherwise they repeat them.
 */
export function ChangedSince({ snapshot, current, fields }: { snapshot: BoothSnapshot; current: BoothSnapshot; fields: string[] }) {
  const localChanged = fields.some((field) => LOCAL.includes(field))
  const shown = fields.filter((field) => !(localChanged && (field === 'starts_at' || field === 'ends_at'))) as (keyof BoothSnapshot)[]
  return (
    <dl aria-label="Changed since accepted" className="grid gap-x-4 gap-y-1.5 text-xs sm:grid-cols-[auto_1fr]">
      {shown.map((field) => (
        <div key={field} className="contents">
          <dt className="font-medium text-muted-foreground">{LABELS[field] ?? field}</dt>
          <dd className="flex min-w-0 flex-wrap items-baseline gap-1.5">
            <del className="truncate text-muted-foreground decoration-destructive/60">{snapshot[field] || '∅'}</del>
            <span aria-hidden className="text-muted-foreground">
              →
            </span>
            <ins className="truncate font-medium text-foreground no-underline">{current[field] || '∅'}</ins>
          </dd>
        </div>
      ))}
    </dl>
  )
}
