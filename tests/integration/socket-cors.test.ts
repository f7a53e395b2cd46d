import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Server } from 'socket.io'
import { io as connect } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetConfig } from '@/lib/config'
import { attachSocketServer } from '@/lib/realtime/socket-server'
import { createUser } from '../helpers/users'
import { dashboardCookie } from '../helpers/dashboard-cookie'

/*
 * The Socket.IO handshake accepts the browser origins of CORS_ORIGINS besides APP_URL's: from such
 * an origin a connection authenticates by bearer token only, never by the dashboard cookie (a
 * sibling host's WebSocket carries it). Foreign origins stay refused.
 */
const ALLOWED = 'https://app.example.com'
const FOREIGN = 'https://evil.example'
const OURS = 'http://localhost:3000'

let httpServer: HttpServer
let io: Server
let url: string

beforeAll(async () => {
  process.env.CORS_ORIGINS = `${ALLOWED},http://localhost:5173`
  resetConfig()
  httpServer = createServer()
  io = attachSocketServer(httpServer)
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => io.close(() => resolve()))
  delete process.env.CORS_ORIGINS
  resetConfig()
})

type Transport = 'polling' | 'websocket'

/** Resolves with 'connected' or the refusal message. */
function attempt(transport: Transport, headers: Record<string, string>, token?: string): Promise<string> {
  const socket = connect(url, { transports: [transport], reconnection: false, forceNew: true, extraHeaders: headers, auth: token ? { token } : {} })
  return new Promise((resolve) => {
    socket.on('connect', () => {
      socket.disconnect()
      resolve('connected')
    })
    socket.on('connect_error', (error) => {
      socket.disconnect()
      resolve(error.message)
    })
  })
}

const cookieOf = async (user: { id: string; sessionVersion: number }) => (await dashboardCookie(user)).cookie

describe('Socket.IO handshake with CORS_ORIGINS set', () => {
  for (const transport of ['polling', 'websocket'] as const) {
    it(`${transport}: an allowed origin connects with a bearer token`, async () => {
      const { token } = await createUser()
      expect(await attempt(transport, { origin: ALLOWED }, token)).toBe('connected')
      expect(await attempt(transport, { origin: ALLOWED, authorization: `Bearer ${token}` })).toBe('connected')
    })

    it(`${transport}: an allowed origin with only the dashboard cookie is refused; our own origin with it connects`, async () => {
      const { user } = await createUser({ role: 'staff' })
      const cookie = await cookieOf(user)
      expect(await attempt(transport, { origin: ALLOWED, cookie })).toBe('unauthorized')
      expect(await attempt(transport, { origin: OURS, cookie })).toBe('connected')
      expect(await attempt(transport, { cookie })).toBe('connected')
    })

    it(`${transport}: a foreign origin is refused, even with a valid token`, async () => {
      const { token } = await createUser()
      expect(await attempt(transport, { origin: FOREIGN }, token)).not.toBe('connected')
      expect(await attempt(transport, { origin: 'http://app.example.com' }, token)).not.toBe('connected')
    })
  }

  it('answers an allowed origin’s polling requests and preflight with its CORS headers, never credentials', async () => {
    const handshake = await fetch(`${url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: ALLOWED } })
    expect(handshake.status).toBe(200)
    expect(handshake.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(handshake.headers.get('access-control-allow-credentials')).toBeNull()
    await handshake.text()

    const preflight = await fetch(`${url}/socket.io/?EIO=4&transport=polling`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('gives a foreign origin no CORS header and refuses its handshake', async () => {
    const handshake = await fetch(`${url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: FOREIGN } })
    expect(handshake.status).toBe(403)
    expect(handshake.headers.get('access-control-allow-origin')).toBeNull()
    await handshake.text()
  })
})
