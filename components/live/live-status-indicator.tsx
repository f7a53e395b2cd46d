'use client'

import { cn } from '@/lib/utils/cn'
import { useLiveSocket, type LiveStatus } from './live-socket-provider'

const look: Record<LiveStatus, { label: string; title: string; dot: string }> = {
  live: { label: 'Live', title: 'Connected: pages update as things change', dot: 'bg-emerald-500' },
  connecting: { label: 'Reconnecting', title: 'Reconnecting: pages update again once connected', dot: 'bg-amber-500 animate-pulse' },
  offline: { label: 'Offline', title: 'Not connected: reload the page to see changes', dot: 'bg-muted-foreground' },
}

/** The top bar's connection pill: whether the page is receiving live updates. */
export function LiveStatusIndicator() {
  const { status } = useLiveSocket()
  const { label, title, dot } = look[status]
  return (
    <span
      role="status"
      title={title}
      className="inline-flex items-center gap-2 rounded-full border bg-card px-2.5 py-1 text-xs font-medium text-muted-foreground"
    >
      <span aria-hidden className={cn('size-2 rounded-full', dot)} />
      <span className="sr-only">Live updates: </span>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </span>
  )
}
