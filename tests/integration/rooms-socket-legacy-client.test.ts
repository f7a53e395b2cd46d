import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { MessageJson } from '@/lib/schemas/rooms'
import { connectAs, createTestRoom, nextEvent, request, withSocketServer } from '../helpers/sockets'
import { createUser } from '../helpers/users'

/*
 * The earlier service's chat page: it joins with `join_room {room}` and then sends `message {msg}`
 * without a room. Such a message goes to the one chat room the socket has joined; with none or
 * several joined there is no telling which, and the acknowledgement is a validation error naming
 * `room`. The socket's own rooms (its id, `user:<id>`, the staff room) do not count.
 */

const server = withSocketServer()

async function connected(role: 'user' | 'staff' = 'user') {
  const who = await createUser({ role })
  return { ...who, socket: await connectAs(server.url(), who.token) }
}

describe('message {msg} without a room (the earlier chat page)', () => {
  it('goes to the one room joined: stored, acknowledged and broadcast to the room', async () => {
    const room = await createTestRoom()
    const listener = await connected()
    expect(await request(listener.socket, 'join_room', { room: room.id })).toMatchObject({ ok: true, room: room.id })
    const sender = await connected()
    expect(await request(sender.socket, 'join_room', { room: room.id })).toMatchObject({ ok: true, room: room.id })

    const broadcast = nextEvent<MessageJson>(listener.socket, 'message')
    const answer = await request(sender.socket, 'message', { msg: 'hello from the old page' })
    expect(answer).toMatchObject({ ok: true, message: { room: room.id, msg: 'hello from the old page', user_id: sender.user.id, seq: 1 } })
    const message = answer.message as MessageJson
    expect(await broadcast).toEqual(message)
    expect(await db().message.findUnique({ where: { id: message.id }, select: { roomId: true, body: true, userId: true } })).toEqual({
      roomId: room.id,
      body: 'hello from the old page',
      userId: sender.user.id,
    })
  })

  it('does not count the staff room or the user’s own room: a staff member in one chat room sends to it', async () => {
    const room = await createTestRoom()
    const staff = await connected('staff')
    await request(staff.socket, 'join_room', { room: room.id })
    expect(await request(staff.socket, 'message', { msg: 'moderator here' })).toMatchObject({ ok: true, message: { room: room.id } })
  })

  it('is refused naming `room` when no room has been joined, and nothing is stored', async () => {
    const lonely = await connected()
    const answer = await request(lonely.socket, 'message', { msg: 'to whom?' })
    expect(answer).toMatchObject({ ok: false, code: 'validation', errors: { room: [expect.stringMatching(/join a room/i)] } })
    expect(await db().message.count({ where: { userId: lonely.user.id } })).toBe(0)
  })

  it('is refused naming `room` when several rooms have been joined; naming one still works', async () => {
    const [first, second] = [await createTestRoom(), await createTestRoom()]
    const busy = await connected()
    await request(busy.socket, 'join_room', { room: first.id })
    await request(busy.socket, 'join_room', { room: second.id })
    const answer = await request(busy.socket, 'message', { msg: 'which one?' })
    expect(answer).toMatchObject({ ok: false, code: 'validation', errors: { room: [expect.stringMatching(/several rooms/i)] } })
    expect(await db().message.count({ where: { userId: busy.user.id } })).toBe(0)

    expect(await request(busy.socket, 'message', { room: second.id, msg: 'this one' })).toMatchObject({ ok: true, message: { room: second.id } })
    // Having left one, the other is the only room again.
    await request(busy.socket, 'leave_room', { room: second.id })
    expect(await request(busy.socket, 'message', { msg: 'back to one' })).toMatchObject({ ok: true, message: { room: first.id } })
  })
})
