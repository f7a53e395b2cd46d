'use client'

import { useCallback, useState } from 'react'
import { Radio } from 'lucide-react'

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
  return (
    <FigureCard
      label="Online now"
      value={value}
      hint={value === null ? 'Live presence is not available' : 'People connected now in an app or the dashboard, each counted once'}
      icon={Radio}
    />
  )
}
