import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { io as connect, type Socket } from 'socket.io-client'
import type { Server } from 'socket.io'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attachSocketServer } from '@/lib/realtime/socket-server'
import { createUser } from '../helpers/users'

let httpServer: HttpServer
let io: Server
let url: string

beforeAll(async () => {
  httpServer = createServer()
  io = attachSocketServer(httpServer)
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => io.close(() => resolve())))

/** Resolves with 'connected' or the refusal message. */
function attempt(options: Parameters<typeof connect>[1]): Promise<string> {
  const socket: Socket = connect(url, { transports: ['websocket'], reconnection: false, ...options })
  return new Promise((resolve) => {
    socket.on('connect', () => {
      socket.disconnect()
      resolve('connected')
    })
    socket.on('connect_error', (error) => resolve(error.message))
  })
}

describe('Socket.IO handshake', () => {
  it('refuses an anonymous connection', async () => {
    expect(await attempt({})).toBe('unauthorized')
  })

  it('refuses an invalid or deactivated user’s token', async () => {
    const deactivated = await createUser({ active: false })
    expect(await attempt({ auth: { token: 'not-a-token' } })).toBe('unauthorized')
    expect(await attempt({ auth: { token: deactivated.token } })).toBe('unauthorized')
  })

  it('accepts a bearer access token in auth.token or the Authorization header', async () => {
    const { token } = await createUser()
    expect(await attempt({ auth: { token } })).toBe('connected')
    expect(await attempt({ extraHeaders: { authorization: `Bearer ${token}` } })).toBe('connected')
  })

  it('refuses a browser connection from a foreign origin, even with a valid token', async () => {
    const { token } = await createUser()
    expect(await attempt({ transports: ['polling'], auth: { token }, extraHeaders: { origin: 'https://evil.example' } })).not.toBe('connected')
    expect(await attempt({ transports: ['polling'], auth: { token }, extraHeaders: { origin: 'http://localhost:3000' } })).toBe('connected')
  })
})
