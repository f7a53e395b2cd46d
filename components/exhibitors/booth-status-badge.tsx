import { CircleCheck, CircleX, Clock } from 'lucide-react'

import { Badge } from '@/components/ui/badge'
import type { BoothJson } from '@/lib/schemas/booths'

type Status = BoothJson['status']

export const STATUS_LABELS: Record<Status, string> = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected' }
const tone = { pending: 'warning', accepted: 'success', rejected: 'danger' } as const
const icon = { pending: Clock, accepted: CircleCheck, rejected: CircleX } as const

/** The status of a booth, in the colour the calendar and tables share. */
export function BoothStatusBadge({ status }: { status: Status }) {
  const Icon = icon[status]
  return (
    <Badge tone={tone[status]}>
      <Icon aria-hidden />
      {STATUS_LABELS[status]}
    </Badge>
  )
}
