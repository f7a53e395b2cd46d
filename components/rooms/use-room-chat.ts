'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { useLocale, useTranslations } from 'next-intl'

import { useLiveSocket, type LiveSocketClient } from '@/components/live/live-socket-provider'
import type { Ack } from '@/lib/realtime/ack'
import { RECENT_MESSAGES } from '@/lib/schemas/room-limits'
import type { MessageJson, RoomMemberJson } from '@/lib/schemas/rooms'
import type { ClientEventAck, ClientEventName, ClientEventPayload, ServerEventPayload } from '@/lib/schemas/socket-events'

const ACK_MS = 8_000

/**
 * Emits `event` and resolves with its acknowledgement as the event map types it, or null without
 * an answer in time. (Socket.IO's own typing of emitWithAck cannot follow a generic event name.)
 */
function emitWithAck<E extends ClientEventName>(socket: LiveSocketClient, event: E, payload: ClientEventPayload<E>): Promise<ClientEventAck<E> | null> {
  const timed = socket.timeout(ACK_MS) as unknown as { emitWithAck(event: E, payload: ClientEventPayload<E>): Promise<ClientEventAck<E>> }
  return timed.emitWithAck(event, payload).catch(() => null)
}

/** Messages by id, oldest first (a room's seq orders them exactly). */
function merge(current: MessageJson[], incoming: MessageJson[]): MessageJson[] {
  if (incoming.length === 0) return current
  const byId = new Map(current.map((message) => [message.id, message]))
  for (const message of incoming) byId.set(message.id, message)
  return [...byId.values()].sort((a, b) => a.seq - b.seq)
}

type ChatWords = ReturnType<typeof useTranslations<'rooms.chat'>>
const WORDED_CODES = ['validation', 'forbidden', 'not_found', 'rate_limited', 'unavailable'] as const
const worded = (code: string): code is (typeof WORDED_CODES)[number] => (WORDED_CODES as readonly string[]).includes(code)

/**
 * An acknowledgement's error as one line. The server words its reasons in English (the socket API's
 * language): English readers get them as they are, field messages first; others get their own
 * language's sentence for the error's code, or the generic one.
 */
export function ackError(ack: Ack | null, t: ChatWords, locale: string): string {
  if (!ack) return t('noAnswer')
  if (ack.ok) return t('failed')
  if (locale !== 'en') return worded(ack.code) ? t(`ackErrors.${ack.code}`) : t('failed')
  return Object.values(ack.errors ?? {}).flat()[0] ?? ack.error ?? t('failed')
}

const clientId = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('')

/**
 * A room over the dashboard's connection: joins (and re-joins after a reconnect, asking only for
 * what was missed), keeps the messages, the online count and the members, and sends, removes and
 * mutes through the room events. Older history comes from the REST endpoint, page by page.
 */
export function useRoomChat(roomId: string) {
  const { socket } = useLiveSocket()
  const t = useTranslations('rooms.chat')
  const locale = useLocale()
  // The latest words for the socket handlers, without re-joining the room when they change.
  const words = useRef({ t, locale })
  useEffect(() => {
    words.current = { t, locale }
  }, [t, locale])
  const failure = useCallback((ack: Ack | null) => ackError(ack, words.current.t, words.current.locale), [])
  const [messages, setMessages] = useState<MessageJson[]>([])
  const [members, setMembers] = useState<RoomMemberJson[]>([])
  const [online, setOnline] = useState<number | null>(null)
  const [joinError, setJoinError] = useState<string | null>(null)
  const [hasOlder, setHasOlder] = useState(false)
  const [latest, setLatest] = useState<MessageJson | null>(null)
  const lastSeq = useRef<number | undefined>(undefined)

  const request = useCallback(
    async <E extends ClientEventName>(event: E, payload: ClientEventPayload<E>): Promise<ClientEventAck<E> | null> =>
      socket?.connected ? emitWithAck(socket, event, payload) : null,
    [socket],
  )

  const take = useCallback((incoming: MessageJson[]) => {
    if (incoming.length === 0) return
    lastSeq.current = Math.max(lastSeq.current ?? 0, ...incoming.map((message) => message.seq))
    setMessages((current) => merge(current, incoming))
  }, [])

  useEffect(() => {
    if (!socket) return
    const refreshMembers = async () => {
      const answer = await request('room_members', { room: roomId })
      if (answer?.ok) setMembers(answer.members)
    }
    const join = async () => {
      const resuming = lastSeq.current !== undefined
      const answer = await request('join_room', resuming ? { room: roomId, last_seq: lastSeq.current } : { room: roomId })
      if (!answer?.ok) return setJoinError(failure(answer))
      setJoinError(null)
      if (!resuming) setHasOlder(answer.messages.length >= RECENT_MESSAGES)
      take(answer.messages)
      void refreshMembers()
    }
    const onMessage = (message: ServerEventPayload<'message'>) => {
      if (message.room !== roomId) return
      take([message])
      setLatest(message)
    }
    const onDeleted = (payload: ServerEventPayload<'message_deleted'>) => {
      if (payload.room !== roomId) return
      setMessages((current) => current.map((message) => (message.id === payload.id ? { ...message, msg: '', deleted: true as const } : message)))
    }
    const onPresence = (payload: ServerEventPayload<'presence'>) => {
      if (payload.room !== roomId) return
      setOnline(payload.online)
      void refreshMembers()
    }
    socket.on('connect', join)
    socket.on('message', onMessage)
    socket.on('message_deleted', onDeleted)
    socket.on('presence', onPresence)
    if (socket.connected) void join()
    return () => {
      socket.off('connect', join)
      socket.off('message', onMessage)
      socket.off('message_deleted', onDeleted)
      socket.off('presence', onPresence)
      // The answer does not matter here: the room's view is going away.
      if (socket.connected) void emitWithAck(socket, 'leave_room', { room: roomId })
    }
  }, [socket, roomId, request, take, failure])

  /** Sends a message; resolves with the error to show, or null once it is stored. */
  const send = useCallback(
    async (text: string): Promise<string | null> => {
      const answer = await request('message', { room: roomId, msg: text, client_id: clientId() })
      if (!answer?.ok) return failure(answer)
      take([answer.message])
      return null
    },
    [request, roomId, take, failure],
  )

  const loadOlder = useCallback(async (): Promise<string | null> => {
    const oldest = messages[0]
    if (!oldest) return null
    const response = await fetch(`/api/rooms/messages?room=${roomId}&before=${oldest.id}&limit=${RECENT_MESSAGES}`, {
      headers: { accept: 'application/json' },
    }).catch(() => null)
    const body = response?.ok ? ((await response.json()) as { data?: unknown }) : null
    // Our own API's answer, typed by its schema on the server (the page does not ship zod to re-parse it).
    const older = Array.isArray(body?.data) ? (body.data as MessageJson[]) : null
    if (!older) return words.current.t('olderFailed')
    setHasOlder(older.length >= RECENT_MESSAGES)
    setMessages((current) => merge(current, older))
    return null
  }, [messages, roomId])

  const remove = useCallback(
    async (id: string) => {
      const answer = await request('delete_message', { id })
      return answer?.ok ? null : failure(answer)
    },
    [request, failure],
  )

  const mute = useCallback(
    async (userId: string, minutes?: number) => {
      const answer = await request('mute', minutes ? { room: roomId, user_id: userId, minutes } : { room: roomId, user_id: userId })
      return answer?.ok ? null : failure(answer)
    },
    [request, roomId, failure],
  )

  return { messages, members, online, joinError, hasOlder, latest, send, loadOlder, remove, mute }
}
