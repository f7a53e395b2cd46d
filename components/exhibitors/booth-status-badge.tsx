import { CircleCheck, CircleX, Clock } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Badge } from '@/components/ui/badge'
import type { BoothJson } from '@/lib/schemas/booths'

type Status = BoothJson['status']

/**
 * English names of the statuses, for callers not yet on messages. New code reads the
 * `booths.status.<status>` messages instead (useBoothStatusLabel), which follow the viewer's language.
 */
export const STATUS_LABELS: Record<Status, string> = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected' }
const tone = { pending: 'warning', accepted: 'success', rejected: 'danger' } as const
const icon = { pending: Clock, accepted: CircleCheck, rejected: CircleX } as const

/** A booth status's name in the viewer's language (works in client and non-async server components). */
export function useBoothStatusLabel(): (status: Status) => string {
  const t = useTranslations('booths.status')
  return (status) => t(status)
}

/** The status of a booth, in the colour the calendar and tables share. */
export function BoothStatusBadge({ status }: { status: Status }) {
  const t = useTranslations('booths.status')
  const Icon = icon[status]
  return (
    <Badge tone={tone[status]}>
      <Icon aria-hidden />
      {t(status)}
    </Badge>
  )
}
