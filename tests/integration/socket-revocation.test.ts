import { io as connect, type Socket } from 'socket.io-client'
import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { hashPassword } from '@/lib/auth/password'
import { db } from '@/lib/db'
import { publishDomainEvent, type DomainEvent } from '@/lib/events/domain-events'
import type { Role } from '@/lib/generated/prisma/enums'
import { DEFAULT_RECHECK_MS } from '@/lib/realtime/recheck-user'
import { changePassword } from '@/lib/services/auth/change-password'
import { logOut } from '@/lib/services/auth/log-out'
import { issuePasswordResetToken } from '@/lib/services/auth/password-reset-token'
import { resetPassword } from '@/lib/services/auth/reset-password'
import { LIVE_FOR_MS } from '@/lib/auth/live-sign-ins'
import { issueTokenPair, refreshHash, REFRESH_REUSE_GRACE_MS, revokeFamily } from '@/lib/services/auth/token-pair'
import { endSignIn } from '@/lib/services/sessions/sign-ins'
import { assignRole } from '@/lib/services/users/assign-role'
import { deactivateUsers } from '@/lib/services/users/deactivate-users'
import { deleteUser } from '@/lib/services/users/delete-user'
import { setUserActive } from '@/lib/services/users/set-user-active'
import { resetRateLimits } from '@/lib/rate-limit/store'
import { dashboardCookie } from '../helpers/dashboard-cookie'
import { send } from '../helpers/http'
import { connectAs, createTestRoom, request, withSocketServer, WAIT_MS } from '../helpers/sockets'
import { createUser } from '../helpers/users'

/*
 * Revocation reaches connections that are already open, at once: the server runs with the
 * production re-check interval and sweep (a minute), so nothing here is found by a periodic check —
 * only the revocation itself can end a connection within the 1 s these tests allow.
 */
const server = withSocketServer({ recheckMs: DEFAULT_RECHECK_MS })
const REACHES_WITHIN_MS = 1_000

/** Resolves with the `session_ended` reason, the disconnect reason, and when the connection ended. */
function endOf(socket: Socket): Promise<{ reason: string; disconnect: string; at: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the connection was not ended')), WAIT_MS)
    let reason = ''
    socket.once('session_ended', (event: { reason: string }) => (reason = event.reason))
    socket.once('disconnect', (disconnect) => {
      clearTimeout(timer)
      resolve({ reason, disconnect, at: Date.now() })
    })
  })
}

/** A connected member of `roomId` whose user check is fresh (just confirmed by the join). */
async function member(roomId: string, role: Role = 'user', token?: string) {
  const who = await createUser({ role })
  const socket = await connectAs(server.url(), token ?? who.token)
  expect((await request(socket, 'join_room', { room: roomId })).ok).toBe(true)
  return { ...who, socket }
}

async function admin() {
  const { user } = await createUser({ role: 'admin' })
  return { id: user.id, role: user.role }
}

/** Sends without waiting for the answer: the connection may be gone before it comes. */
function fireMessage(socket: Socket, roomId: string, msg: string): Promise<{ ok: boolean } | 'no answer'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no answer'), WAIT_MS)
    socket.emit('message', { room: roomId, msg }, (answer: { ok: boolean }) => {
      clearTimeout(timer)
      resolve(answer)
    })
  })
}

const messagesBy = (userId: string, roomId: string) => db().message.count({ where: { roomId, userId } })

describe('revocation reaches open connections within a second', () => {
  it('deactivation: the next message is refused and the socket hears session_ended {revoked}', async () => {
    const room = await createTestRoom()
    const target = await member(room.id)
    const ended = endOf(target.socket)
    const started = Date.now()
    await setUserActive(await admin(), target.user.id, false)
    const answer = fireMessage(target.socket, room.id, 'still here?')
    const end = await ended
    expect(end).toMatchObject({ reason: 'revoked', disconnect: 'io server disconnect' })
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)
    const sent = await answer
    if (sent !== 'no answer') expect(sent.ok).toBe(false)
    expect(await messagesBy(target.user.id, room.id)).toBe(0)
  })

  it('bulk deactivation ends every targeted connection, and only those', async () => {
    const room = await createTestRoom()
    const [first, second, bystander] = [await member(room.id), await member(room.id), await member(room.id)]
    const ends = [endOf(first.socket), endOf(second.socket)]
    const started = Date.now()
    await deactivateUsers(await admin(), [first.user.id, second.user.id])
    for (const end of await Promise.all(ends)) {
      expect(end.reason).toBe('revoked')
      expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)
    }
    expect(bystander.socket.connected).toBe(true)
    expect((await request(bystander.socket, 'message', { room: room.id, msg: 'still fine' })).ok).toBe(true)
  })

  it('demotion: delete and mute are refused, the socket leaves the staff room and hears no staff event', async () => {
    const room = await createTestRoom()
    const author = await member(room.id)
    const staff = await member(room.id, 'staff')
    const message = (await request(author.socket, 'message', { room: room.id, msg: 'spam' })).message as { id: string }
    const heard: DomainEvent[] = []
    staff.socket.on('dashboard:update', (event: DomainEvent) => heard.push(event))
    const ended = endOf(staff.socket)
    const started = Date.now()
    await assignRole(await admin(), { userId: staff.user.id, role: 'user' })
    staff.socket.emit('delete_message', { id: message.id })
    staff.socket.emit('mute', { room: room.id, user_id: author.user.id })
    const end = await ended
    expect(end.reason).toBe('revoked')
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)
    const staffRoom = await server.io().in('staff').fetchSockets()
    expect(staffRoom.map((socket) => socket.data.user.id)).not.toContain(staff.user.id)
    publishDomainEvent({ entity: 'room', action: 'created', id: room.id })
    await request(author.socket, 'room_members', { room: room.id }) // a round trip: the event has gone out
    expect(heard).toEqual([])
    expect((await db().message.findUniqueOrThrow({ where: { id: message.id } })).deletedAt).toBeNull()
    expect(await db().roomMute.count({ where: { roomId: room.id } })).toBe(0)
  })

  it('moderation never trusts a cached role: a demotion seen only in the database stops delete and mute at once', async () => {
    const room = await createTestRoom()
    const author = await member(room.id)
    const staff = await member(room.id, 'staff')
    const message = (await request(author.socket, 'message', { room: room.id, msg: 'hello' })).message as { id: string }
    await db().user.update({ where: { id: staff.user.id }, data: { role: 'user' } })
    expect(await request(staff.socket, 'delete_message', { id: message.id })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await request(staff.socket, 'mute', { room: room.id, user_id: author.user.id })).toMatchObject({ ok: false, code: 'forbidden' })
    // The fresh check also took the socket out of the staff room.
    const staffRoom = await server.io().in('staff').fetchSockets()
    expect(staffRoom.map((socket) => socket.data.user.id)).not.toContain(staff.user.id)
  })

  it('password change ends the user’s open connections', async () => {
    const room = await createTestRoom()
    const target = await member(room.id)
    await db().user.update({ where: { id: target.user.id }, data: { passwordHash: await hashPassword('violet-harbour-engine-42') } })
    const ended = endOf(target.socket)
    const started = Date.now()
    await changePassword({ userId: target.user.id, password: 'violet-harbour-engine-42', newPassword: 'saffron-lighthouse-orbit-7' })
    const end = await ended
    expect(end.reason).toBe('revoked')
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)
  })

  it('password reset ends the user’s open connections', async () => {
    resetRateLimits()
    const room = await createTestRoom()
    const target = await member(room.id)
    const { token } = await issuePasswordResetToken(target.user.id)
    const ended = endOf(target.socket)
    const started = Date.now()
    await resetPassword({ resetToken: token, password: 'saffron-lighthouse-orbit-7' })
    const end = await ended
    expect(end.reason).toBe('revoked')
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)
  })

  it('sign-out ends the connection opened with that sign-in’s access token', async () => {
    const room = await createTestRoom()
    const { user } = await createUser()
    const pair = await issueTokenPair(user.id)
    const socket = await connectAs(server.url(), pair.access_token)
    expect((await request(socket, 'join_room', { room: room.id })).ok).toBe(true)
    const ended = endOf(socket)
    const started = Date.now()
    await logOut({ refreshToken: pair.refresh_token })
    const end = await ended
    expect(end.reason).toBe('revoked')
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)
  })

  it('deleting the user ends their connections', async () => {
    const room = await createTestRoom()
    const target = await member(room.id)
    const ended = endOf(target.socket)
    const started = Date.now()
    await deleteUser(await admin(), target.user.id)
    const end = await ended
    expect(end.reason).toBe('revoked')
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)
  })
})

describe('a refresh token replayed after the grace window ends that whole sign-in', () => {
  const refresh = (token: string) =>
    send<{ access_token: string; refresh_token: string }>(api(), 'POST', '/api/auth/refresh', { json: { refresh_token: token } })
  const profileStatus = async (token: string) => (await send(api(), 'GET', '/api/user/profile', { headers: { authorization: `Bearer ${token}` } })).status

  it('refuses the family’s newest access token and ends its socket; another sign-in of the user goes on', async () => {
    resetRateLimits()
    const room = await createTestRoom()
    const { user } = await createUser()
    const stolen = await issueTokenPair(user.id)
    const laptop = await issueTokenPair(user.id)
    const legit = await refresh(stolen.refresh_token)
    expect(legit.status).toBe(200)
    const newest = legit.body.data.access_token
    expect(await profileStatus(newest)).toBe(200)
    const socket = await connectAs(server.url(), newest)
    const other = await connectAs(server.url(), laptop.access_token)
    for (const open of [socket, other]) expect((await request(open, 'join_room', { room: room.id })).ok).toBe(true)

    // Past the grace window for a client's duplicate, a replay is theft.
    await db().refreshToken.updateMany({
      where: { userId: user.id, revokedAt: { not: null } },
      data: { revokedAt: new Date(Date.now() - REFRESH_REUSE_GRACE_MS - 1_000) },
    })
    const ended = endOf(socket)
    const started = Date.now()
    expect((await refresh(stolen.refresh_token)).status).toBe(401)
    expect(await profileStatus(newest)).toBe(401)
    const end = await ended
    expect(end.reason).toBe('revoked')
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)

    // Per family: the user's other sign-in keeps its access token, its refresh token and its socket.
    expect(await profileStatus(laptop.access_token)).toBe(200)
    expect(other.connected).toBe(true)
    expect((await request(other, 'message', { room: room.id, msg: 'still signed in' })).ok).toBe(true)
    expect((await refresh(laptop.refresh_token)).status).toBe(200)
  })

  it('ending one sign-in from the devices list ends exactly its socket, API or dashboard; the others go on', async () => {
    resetRateLimits()
    const room = await createTestRoom()
    const { user } = await createUser()
    const phone = await issueTokenPair(user.id)
    const laptop = await issueTokenPair(user.id)
    const { cookie, sessionId } = await dashboardCookie(user)
    const phoneSocket = await connectAs(server.url(), phone.access_token)
    const laptopSocket = await connectAs(server.url(), laptop.access_token)
    const dashboardSocket = connect(server.url(), { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie } })
    await new Promise<void>((resolve, reject) => (dashboardSocket.once('connect', resolve), dashboardSocket.once('connect_error', reject)))
    for (const open of [phoneSocket, laptopSocket, dashboardSocket]) expect((await request(open, 'join_room', { room: room.id })).ok).toBe(true)
    const actor = await admin()
    const { familyId } = await db().refreshToken.findFirstOrThrow({ where: { userId: user.id, tokenHash: refreshHash(phone.refresh_token) } })

    let ended = endOf(phoneSocket)
    let started = Date.now()
    await endSignIn({ ...actor }, user.id, familyId)
    let end = await ended
    expect(end.reason).toBe('revoked')
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)

    ended = endOf(dashboardSocket)
    started = Date.now()
    await endSignIn({ ...actor }, user.id, sessionId)
    end = await ended
    expect(end.reason).toBe('revoked')
    expect(end.at - started).toBeLessThan(REACHES_WITHIN_MS)

    expect(laptopSocket.connected).toBe(true)
    expect((await request(laptopSocket, 'message', { room: room.id, msg: 'still signed in' })).ok).toBe(true)
    expect(await profileStatus(laptop.access_token)).toBe(200)
    laptopSocket.disconnect()
  })

  it('within the grace window a duplicate is only refused: the newest access token keeps working', async () => {
    resetRateLimits()
    const { user } = await createUser()
    const pair = await issueTokenPair(user.id)
    const next = await refresh(pair.refresh_token)
    expect((await refresh(pair.refresh_token)).status).toBe(401)
    expect(await profileStatus(next.body.data.access_token)).toBe(200)
  })

  it('an access token of a signed-out family is refused even without a session-version change', async () => {
    const { user } = await createUser()
    const pair = await issueTokenPair(user.id)
    expect(await profileStatus(pair.access_token)).toBe(200)
    // Ended by another process (nothing published here): this one notices within LIVE_FOR_MS.
    await db().refreshToken.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } })
    await new Promise((resolve) => setTimeout(resolve, LIVE_FOR_MS + 50))
    expect(await profileStatus(pair.access_token)).toBe(401)
  })

  it('a family ended in this process is refused at once, though it was found live a moment ago', async () => {
    const { user } = await createUser()
    const pair = await issueTokenPair(user.id)
    expect(await profileStatus(pair.access_token)).toBe(200)
    const { familyId } = await db().refreshToken.findFirstOrThrow({ where: { userId: user.id } })
    await revokeFamily(familyId, user.id, 'session_ended')
    expect(await profileStatus(pair.access_token)).toBe(401)
  })
})
