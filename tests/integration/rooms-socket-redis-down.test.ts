import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Server } from 'socket.io'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { onlineCount } from '@/lib/realtime/presence'
import { attachSocketServer } from '@/lib/realtime/socket-server'
import { freePort } from '../helpers/server-process'
import { connectAs, createTestRoom, nextEvent, request } from '../helpers/sockets'
import { createUser } from '../helpers/users'

// The Redis adapter configured, Redis unreachable from the start (nothing listens on the port):
// the process serves its own sockets as if alone, and nothing waits on Redis for long.
let httpServer: HttpServer
let io: Server
let url = ''

beforeAll(async () => {
  httpServer = createServer()
  io = attachSocketServer(httpServer, { recheckMs: 0, redisUrl: `redis://127.0.0.1:${await freePort()}` })
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => io.close(() => resolve())))

describe('live rooms with the Redis adapter while Redis is unreachable', () => {
  it('joins, counts presence from local sockets, stores and delivers messages, and closes', async () => {
    const room = await createTestRoom()
    const [first, second] = await Promise.all([createUser(), createUser()])
    const one = await connectAs(url, first.token)
    const two = await connectAs(url, second.token)
    const presence = nextEvent<{ online: number }>(one, 'presence', (event) => event.online === 2)
    expect((await request(one, 'join_room', { room: room.id })).ok).toBe(true)
    expect((await request(two, 'join_room', { room: room.id })).ok).toBe(true)
    expect(await presence).toEqual({ room: room.id, online: 2 })
    expect(await onlineCount(room.id)).toBe(2)

    const delivered = nextEvent<{ msg: string }>(two, 'message')
    const sent = await request(one, 'message', { room: room.id, msg: 'no redis needed' })
    expect(sent).toMatchObject({ ok: true, message: { msg: 'no redis needed' } })
    expect(await delivered).toMatchObject({ msg: 'no redis needed' })
  })
})
