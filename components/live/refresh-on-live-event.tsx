'use client'

import { useCallback, useEffect, useRef } from 'react'
import { useRouter } from 'next/navigation'

import type { ServerEventName } from '@/lib/schemas/socket-events'
import { useLiveEvent, useLiveSocket } from './live-socket-provider'

/** Bursts (a bulk accept, many people joining) collapse into one refresh. */
const DEBOUNCE_MS = 300

/**
 * Re-renders the page's server components when `event` arrives on the dashboard's connection
 * (`router.refresh()`: figures, tables and the review badge update; client state and scroll stay).
 * With `onReconnect`, also after the connection comes back, for what happened while it was down.
 */
export function RefreshOnLiveEvent({ event, onReconnect = false }: { event: ServerEventName; onReconnect?: boolean }) {
  const router = useRouter()
  const { socket } = useLiveSocket()
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const refresh = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => router.refresh(), DEBOUNCE_MS)
  }, [router])
  useEffect(() => () => clearTimeout(timer.current), [])
  useLiveEvent(event, refresh)

  useEffect(() => {
    if (!socket || !onReconnect) return
    // The first connection follows the page's own render; only later ones can have missed something.
    let connectedBefore = socket.connected
    const onConnect = () => {
      if (connectedBefore) refresh()
      connectedBefore = true
    }
    socket.on('connect', onConnect)
    return () => void socket.off('connect', onConnect)
  }, [socket, onReconnect, refresh])
  return null
}
