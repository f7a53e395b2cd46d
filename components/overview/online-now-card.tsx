'use client'

import { useCallback, useState } from 'react'
import { Radio } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { useLiveEvent } from '@/components/live/live-socket-provider'
import { FigureCard } from './figure-card'

/**
 * "Online now": the server's count when the page rendered, then every `dashboard:presence` update
 * (sent, throttled, as connections come and go), without refreshing the page.
 */
export function OnlineNowCard({ initial }: { initial: number | null }) {
  const [live, setLive] = useState<number | null>(null)
  const onPresence = useCallback((event: { online: number }) => setLive(event.online), [])
  useLiveEvent('dashboard:presence', onPresence)
  const value = live ?? initial
  const t = useTranslations('overview')
  return <FigureCard label={t('onlineNow')} value={value} hint={value === null ? t('onlineUnavailable') : t('onlineHint')} icon={Radio} />
}
