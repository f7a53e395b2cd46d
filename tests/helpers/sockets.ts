import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Server } from 'socket.io'
import { io as connect, type Socket } from 'socket.io-client'
import { afterAll, beforeAll } from 'vitest'
import { db } from '@/lib/db'
import { attachSocketServer } from '@/lib/realtime/socket-server'

/** How long a test waits for an acknowledgement or an event before failing (never a fixed sleep). */
export const WAIT_MS = 4_000

/**
 * Starts the real Socket.IO server on an ephemeral port for the test file. Users are re-checked on
 * every event (recheckMs 0) so a deactivation takes effect at the next event without waiting; a
 * file about what reaches connections without an event passes the production `recheckMs`.
 */
export function withSocketServer(options: { sweepMs?: number; recheckMs?: number } = {}): { url: () => string; io: () => Server } {
  let httpServer: HttpServer
  let io: Server
  let url = ''
  beforeAll(async () => {
    httpServer = createServer()
    io = attachSocketServer(httpServer, { recheckMs: 0, ...options })
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => io.close(() => resolve())))
  return { url: () => url, io: () => io }
}

const open: Socket[] = []
afterAll(() => {
  for (const socket of open) socket.disconnect()
})

/** A connected client for `token`; rejects with the refusal message. */
export function connectAs(url: string, token?: string): Promise<Socket> {
  const socket = connect(url, { transports: ['websocket'], reconnection: false, auth: token ? { token } : {}, forceNew: true })
  open.push(socket)
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket))
    socket.once('connect_error', (error) => reject(error))
  })
}

export interface AckAnswer {
  ok: boolean
  error?: string
  code?: string
  errors?: Record<string, string[]>
  [key: string]: unknown
}

/** Emits an event and resolves with its acknowledgement. */
export function request(socket: Socket, event: string, ...args: unknown[]): Promise<AckAnswer> {
  return socket.timeout(WAIT_MS).emitWithAck(event, ...args) as Promise<AckAnswer>
}

/** Resolves with the next `event` the socket receives that matches, or fails after WAIT_MS. */
export function nextEvent<T>(socket: Socket, event: string, matches: (payload: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener)
      reject(new Error(`No ${event} within ${WAIT_MS} ms`))
    }, WAIT_MS)
    const listener = (payload: T) => {
      if (!matches(payload)) return
      clearTimeout(timer)
      socket.off(event, listener)
      resolve(payload)
    }
    socket.on(event, listener)
  })
}

let rooms = 0
/** A general room straight in the database. */
export async function createTestRoom(name = `Room ${++rooms}`) {
  return db().room.create({ data: { name, kind: 'general' }, select: { id: true, name: true } })
}
