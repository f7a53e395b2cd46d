import { io as connect, type Socket } from 'socket.io-client'
import { describe, expect, it } from 'vitest'
import { signAccessToken } from '@/lib/auth/access-token'
import { db } from '@/lib/db'
import { connectAs, createTestRoom, request, withSocketServer, WAIT_MS } from '../helpers/sockets'
import { createUser } from '../helpers/users'
import { dashboardCookie } from '../helpers/dashboard-cookie'

// Users are re-checked on every event (recheckMs 0); the idle sweep stays at its default (a minute),
// so an expiry seen here comes from the connection's own expiry timer.
const server = withSocketServer()

/** An access token of `user` that expires in `seconds` (whole seconds: 1 to `seconds` from now). */
const shortToken = (user: { id: string; role: 'user' | 'staff' | 'admin'; sessionVersion: number }, seconds: number) =>
  signAccessToken({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }, seconds)

/** Resolves at the instant `at` (ms since epoch): for asserting that nothing happened until then. */
const until = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())))

/** The `session_ended` reason and the disconnect reason, in the order they arrive. */
function endOf(socket: Socket): Promise<{ reason: string; disconnect: string; at: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the connection was not ended')), 3 * WAIT_MS)
    let reason = ''
    socket.once('session_ended', (event: { reason: string }) => (reason = event.reason))
    socket.once('disconnect', (disconnect) => {
      clearTimeout(timer)
      resolve({ reason, disconnect, at: Date.now() })
    })
  })
}

describe('live rooms: credentials expire on long connections', () => {
  it('ends a bearer connection when its access token expires, saying why first', async () => {
    const { user } = await createUser()
    const token = await shortToken(user, 2)
    const expiresAt = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).exp * 1000
    const socket = await connectAs(server.url(), token)
    const room = await createTestRoom()
    expect((await request(socket, 'join_room', { room: room.id })).ok).toBe(true)
    const ended = await endOf(socket)
    expect(ended).toMatchObject({ reason: 'expired', disconnect: 'io server disconnect' })
    expect(ended.at).toBeGreaterThanOrEqual(expiresAt)
  })

  it('keeps a connection that re-authenticates with a fresher token of the same user', async () => {
    const { user, token: fresh } = await createUser()
    const short = await shortToken(user, 2)
    const socket = await connectAs(server.url(), short)
    const room = await createTestRoom()
    expect((await request(socket, 'join_room', { room: room.id })).ok).toBe(true)
    const renewed = await request(socket, 'authenticate', { token: fresh })
    expect(renewed).toMatchObject({ ok: true })
    expect(Date.parse(renewed.expires_at as string)).toBeGreaterThan(Date.now() + 10 * 60_000)
    // Past the first token's expiry (at most 2 s away), the connection is still up and usable.
    await until(Date.now() + 2_500)
    expect(socket.connected).toBe(true)
    const sent = await request(socket, 'message', { room: room.id, msg: 'still here' })
    expect(sent).toMatchObject({ ok: true, message: { msg: 'still here', user_id: user.id } })
  })

  it('refuses another user’s token or an invalid one and leaves the connection as it was', async () => {
    const [{ user }, other] = await Promise.all([createUser(), createUser()])
    const socket = await connectAs(server.url(), await shortToken(user, 4))
    const ended = endOf(socket)
    expect(await request(socket, 'authenticate', { token: other.token })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await request(socket, 'authenticate', { token: 'not-a-token' })).toMatchObject({ ok: false, code: 'unauthenticated' })
    expect(await request(socket, 'authenticate', {})).toMatchObject({ ok: false, code: 'validation' })
    // Still this user, still connected, and still ending when the first token expires.
    const room = await createTestRoom()
    expect((await request(socket, 'join_room', { room: room.id })).ok).toBe(true)
    const sent = await request(socket, 'message', { room: room.id, msg: 'mine' })
    expect(sent).toMatchObject({ ok: true, message: { user_id: user.id } })
    expect(await ended).toMatchObject({ reason: 'expired', disconnect: 'io server disconnect' })
  })

  it('ends a cookie connection when the session cookie expires', async () => {
    const { user } = await createUser({ role: 'staff' })
    const { cookie } = await dashboardCookie(user, { maxAge: 2 })
    const socket = connect(server.url(), { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie } })
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve)
      socket.once('connect_error', reject)
    })
    expect(await endOf(socket)).toMatchObject({ reason: 'expired', disconnect: 'io server disconnect' })
  })

  it('says `revoked` when a re-check finds the session revoked', async () => {
    const { user, token } = await createUser()
    const socket = await connectAs(server.url(), token)
    const ended = endOf(socket)
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } })
    const room = await createTestRoom()
    expect(await request(socket, 'join_room', { room: room.id })).toMatchObject({ ok: false, code: 'unauthenticated' })
    expect(await ended).toMatchObject({ reason: 'revoked', disconnect: 'io server disconnect' })
  })
})
