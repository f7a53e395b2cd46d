'use client'

import { useTranslations } from 'next-intl'

import { cn } from '@/lib/utils/cn'
import { useLiveSocket, type LiveStatus } from './live-socket-provider'

const dots: Record<LiveStatus, string> = {
  live: 'bg-emerald-500',
  connecting: 'bg-amber-500 animate-pulse',
  offline: 'bg-muted-foreground',
}

/** The top bar's connection pill: whether the page is receiving live updates. */
export function LiveStatusIndicator() {
  const { status } = useLiveSocket()
  const t = useTranslations('shell.live')
  const dot = dots[status]
  return (
    <span
      role="status"
      title={t(`${status}Title`)}
      className="inline-flex items-center gap-2 rounded-full border bg-card px-2.5 py-1 text-xs font-medium text-muted-foreground"
    >
      <span aria-hidden className={cn('size-2 rounded-full', dot)} />
      <span className="sr-only">{t('prefix')}</span>
      <span className="sr-only sm:not-sr-only">{t(status)}</span>
    </span>
  )
}
