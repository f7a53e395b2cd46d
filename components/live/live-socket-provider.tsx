'use client'

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { io, type Socket } from 'socket.io-client'

import type { ClientToServerEvents, ServerEventName, ServerEventPayload, ServerToClientEvents } from '@/lib/schemas/socket-events'

export type LiveStatus = 'connecting' | 'live' | 'offline'

/** The dashboard's connection, typed by the event map (lib/schemas/socket-events.ts): a wrong event name or payload does not compile. */
export type LiveSocketClient = Socket<ServerToClientEvents, ClientToServerEvents>

interface LiveSocket {
  /** Null while rendering on the server. */
  socket: LiveSocketClient | null
  status: LiveStatus
}

const LiveSocketContext = createContext<LiveSocket>({ socket: null, status: 'connecting' })

/** How long to wait before trying again after the server refused or dropped us (it will not retry itself). */
const retryDelay = (attempt: number) => Math.min(30_000, 1_000 * 2 ** attempt)

/**
 * One Socket.IO connection per dashboard tab, shared by everything live on the page (the refresh
 * feed, the connection indicator, a room's chat). Same origin, so the session cookie authenticates
 * it; WebSocket first, long-polling where a proxy blocks upgrades.
 */
export function LiveSocketProvider({ children }: { children: ReactNode }) {
  const [socket] = useState<LiveSocketClient | null>(() =>
    typeof window === 'undefined' ? null : io({ autoConnect: false, transports: ['websocket', 'polling'], reconnectionDelayMax: 10_000 }),
  )
  const [status, setStatus] = useState<LiveStatus>('connecting')

  useEffect(() => {
    if (!socket) return
    let attempt = 0
    let retry: ReturnType<typeof setTimeout> | undefined
    const retryLater = () => {
      clearTimeout(retry)
      retry = setTimeout(() => socket.connect(), retryDelay(attempt++))
    }
    const onConnect = () => {
      attempt = 0
      setStatus('live')
    }
    const onDisconnect = (reason: Socket.DisconnectReason) => {
      // The server ended it (session over, user re-checked): Socket.IO leaves reconnecting to us.
      if (reason === 'io server disconnect') retryLater()
      setStatus(reason === 'io client disconnect' ? 'offline' : 'connecting')
    }
    const onConnectError = () => {
      // A refused handshake (`unauthorized`) is not retried by Socket.IO; a network error is.
      if (!socket.active) retryLater()
      setStatus('offline')
    }
    socket.on('connect', onConnect)
    socket.on('disconnect', onDisconnect)
    socket.on('connect_error', onConnectError)
    socket.connect()
    return () => {
      clearTimeout(retry)
      socket.off('connect', onConnect)
      socket.off('disconnect', onDisconnect)
      socket.off('connect_error', onConnectError)
      socket.disconnect()
    }
  }, [socket])

  return <LiveSocketContext.Provider value={{ socket, status }}>{children}</LiveSocketContext.Provider>
}

export const useLiveSocket = () => useContext(LiveSocketContext)

/** Calls `listener` for each `event` the dashboard's connection receives. */
export function useLiveEvent<E extends ServerEventName>(event: E, listener: (payload: ServerEventPayload<E>) => void): void {
  const { socket } = useLiveSocket()
  useEffect(() => {
    if (!socket) return
    // Socket.IO's typed `on` cannot follow a generic event name: the map's types are checked at the call sites.
    const untyped = socket as unknown as Socket
    untyped.on(event as string, listener)
    return () => void untyped.off(event as string, listener)
  }, [socket, event, listener])
}
