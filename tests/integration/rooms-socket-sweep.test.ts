import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { connectAs, createTestRoom, nextEvent, request, withSocketServer } from '../helpers/sockets'
import { createUser } from '../helpers/users'

// A short sweep interval so an idle connection is re-checked within the test's wait.
const server = withSocketServer({ sweepMs: 100 })

describe('live rooms: idle connections are re-checked', () => {
  it('disconnects a deactivated user who only listens, and only them', async () => {
    const room = await createTestRoom()
    const [listener, bystander] = await Promise.all([createUser(), createUser()])
    const socket = await connectAs(server.url(), listener.token)
    const other = await connectAs(server.url(), bystander.token)
    expect((await request(socket, 'join_room', { room: room.id })).ok).toBe(true)
    expect((await request(other, 'join_room', { room: room.id })).ok).toBe(true)
    const dropped = nextEvent<string>(socket, 'disconnect')
    const presence = nextEvent<{ online: number }>(other, 'presence', (event) => event.online === 1)
    await db().user.update({ where: { id: listener.user.id }, data: { isActive: false } })
    expect(await dropped).toBe('io server disconnect')
    // The sweep that dropped the listener also checked the bystander, who stays.
    expect(await presence).toEqual({ room: room.id, online: 1 })
    expect(other.connected).toBe(true)
  })
})
