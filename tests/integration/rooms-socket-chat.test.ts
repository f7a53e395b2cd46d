import type { Socket } from 'socket.io-client'
import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { MessageJson, RoomJson } from '@/lib/schemas/rooms'
import { send } from '../helpers/http'
import { connectAs, createTestRoom, nextEvent, request, withSocketServer, type AckAnswer } from '../helpers/sockets'
import { createUser } from '../helpers/users'

const server = withSocketServer()

async function joined(roomId: string, options: { role?: 'user' | 'staff' } = {}) {
  const who = await createUser(options)
  const socket = await connectAs(server.url(), who.token)
  const answer = await request(socket, 'join_room', { room: roomId })
  expect(answer.ok).toBe(true)
  return { ...who, socket }
}

const messagesOf = (answer: AckAnswer) => answer.messages as MessageJson[]

describe('live rooms: connecting and joining', () => {
  it('refuses an anonymous connection', async () => {
    await expect(connectAs(server.url())).rejects.toThrow('unauthorized')
  })

  it('answers a join with the recent history, oldest first, and tells members who is online', async () => {
    const room = await createTestRoom()
    const first = await joined(room.id)
    await request(first.socket, 'message', { room: room.id, msg: 'one' })
    await request(first.socket, 'message', { room: room.id, msg: 'two' })
    const presence = nextEvent<{ room: string; online: number }>(first.socket, 'presence', (event) => event.online === 2)
    const second = await joined(room.id)
    expect(await presence).toEqual({ room: room.id, online: 2 })
    const again = await request(second.socket, 'join_room', { room: room.id })
    expect(messagesOf(again).map((message) => [message.msg, message.seq])).toEqual([
      ['one', 1],
      ['two', 2],
    ])
    expect(messagesOf(again)[0]).toMatchObject({ room: room.id, user_id: first.user.id, name: first.user.name })
  })

  it('counts distinct users online (GET /api/rooms), and recounts on leave and disconnect', async () => {
    const room = await createTestRoom(`Presence ${Date.now()}`)
    const online = async () => {
      const answer = await send<{ items: RoomJson[] }>(api(), 'GET', `/api/rooms?q=${encodeURIComponent(room.name)}`, { headers: viewer.bearer })
      return answer.body.data.items[0]?.online
    }
    const viewer = await createUser()
    const watcher = await joined(room.id)
    const tabs = await createUser()
    const tab1 = await connectAs(server.url(), tabs.token)
    const tab2 = await connectAs(server.url(), tabs.token)
    await request(tab1, 'join_room', { room: room.id })
    await request(tab2, 'join_room', { room: room.id })
    expect(await online()).toBe(2)
    await request(tab1, 'leave_room', { room: room.id })
    expect(await online()).toBe(2)
    const afterDrop = nextEvent<{ online: number }>(watcher.socket, 'presence', (event) => event.online === 1)
    tab2.disconnect()
    expect(await afterDrop).toEqual({ room: room.id, online: 1 })
    expect(await online()).toBe(1)
  })

  it('refuses an unknown or malformed room', async () => {
    const { token } = await createUser()
    const socket = await connectAs(server.url(), token)
    expect(await request(socket, 'join_room', { room: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' })).toMatchObject({ ok: false, code: 'not_found' })
    expect(await request(socket, 'join_room', { room: 'lobby' })).toMatchObject({ ok: false, code: 'validation' })
  })
})

describe('live rooms: messages', () => {
  it('persists a message before acknowledging it with its id, and broadcasts it to the room', async () => {
    const room = await createTestRoom()
    const sender = await joined(room.id)
    const listener = await joined(room.id)
    const received = nextEvent<MessageJson>(listener.socket, 'message')
    const echoed = nextEvent<MessageJson>(sender.socket, 'message')
    const answer = await request(sender.socket, 'message', { room: room.id, msg: '  hello  ' })
    expect(answer.ok).toBe(true)
    const message = answer.message as MessageJson
    expect(message).toMatchObject({ room: room.id, msg: 'hello', seq: 1, user_id: sender.user.id, name: sender.user.name })
    expect(await received).toEqual(message)
    expect(await echoed).toEqual(message)
    const row = await db().message.findUnique({ where: { id: message.id } })
    expect(row).toMatchObject({ roomId: room.id, body: 'hello', seq: 1, userId: sender.user.id })
  })

  it('stores a retried message once: the same client_id answers the stored message', async () => {
    const room = await createTestRoom()
    const sender = await joined(room.id)
    const first = await request(sender.socket, 'message', { room: room.id, msg: 'once', client_id: 'c-1' })
    const retry = await request(sender.socket, 'message', { room: room.id, msg: 'once', client_id: 'c-1' })
    expect((retry.message as MessageJson).id).toBe((first.message as MessageJson).id)
    expect(await db().message.count({ where: { roomId: room.id } })).toBe(1)
    expect((await db().room.findUniqueOrThrow({ where: { id: room.id } })).lastSeq).toBe(1)
  })

  it('stores concurrent retries of one message once, without a gap in the sequence', async () => {
    const room = await createTestRoom()
    const sender = await joined(room.id)
    const answers = await Promise.all([1, 2, 3].map(() => request(sender.socket, 'message', { room: room.id, msg: 'racing', client_id: 'c-race' })))
    expect(answers.every((answer) => answer.ok)).toBe(true)
    expect(new Set(answers.map((answer) => (answer.message as MessageJson).id)).size).toBe(1)
    expect(await db().message.count({ where: { roomId: room.id } })).toBe(1)
    const next = await request(sender.socket, 'message', { room: room.id, msg: 'after the race' })
    expect((next.message as MessageJson).seq).toBe(2)
  })

  it('answers bad payloads with an error acknowledgement and keeps the connection', async () => {
    const room = await createTestRoom()
    const sender = await joined(room.id)
    // (`{ msg }` without a room is no longer bad: it goes to the one room joined, see rooms-socket-legacy-client.)
    const bad: unknown[] = [
      { room: 'lobby', msg: 'unknown room' },
      { room: room.id, msg: 'x'.repeat(5000) },
      { room: room.id, msg: 42 },
      { room: room.id, msg: '   ' },
      'text',
      null,
    ]
    for (const payload of bad) {
      const answer = await request(sender.socket, 'message', payload)
      expect(answer).toMatchObject({ ok: false, code: 'validation' })
    }
    expect(sender.socket.connected).toBe(true)
    expect((await request(sender.socket, 'message', { room: room.id, msg: 'still here' })).ok).toBe(true)
    expect(await db().message.count({ where: { roomId: room.id } })).toBe(1)
  })

  it('survives an event without an acknowledgement callback', async () => {
    const room = await createTestRoom()
    const sender = await joined(room.id)
    sender.socket.emit('message', { room: room.id })
    sender.socket.emit('join_room')
    expect((await request(sender.socket, 'message', { room: room.id, msg: 'after' })).ok).toBe(true)
  })

  it('refuses a message to a room the sender has not joined, or has left', async () => {
    const room = await createTestRoom()
    const other = await createTestRoom()
    const sender = await joined(room.id)
    expect(await request(sender.socket, 'message', { room: other.id, msg: 'hi' })).toMatchObject({ ok: false, code: 'forbidden' })
    expect((await request(sender.socket, 'leave_room', { room: room.id })).ok).toBe(true)
    expect(await request(sender.socket, 'message', { room: room.id, msg: 'hi' })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await db().message.count({ where: { roomId: { in: [room.id, other.id] } } })).toBe(0)
  })

  it('gives concurrent messages distinct, gapless sequence numbers', async () => {
    const room = await createTestRoom()
    const senders = await Promise.all([joined(room.id), joined(room.id)])
    const answers = await Promise.all(
      senders.flatMap(({ socket }, who) => [1, 2, 3, 4, 5].map((i) => request(socket, 'message', { room: room.id, msg: `${who}-${i}` }))),
    )
    const seqs = answers.map((answer) => (answer.message as MessageJson).seq).sort((a, b) => a - b)
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect((await db().room.findUniqueOrThrow({ where: { id: room.id } })).lastSeq).toBe(10)
  })

  it('rate-limits a user after 10 messages', async () => {
    const room = await createTestRoom()
    const sender = await joined(room.id)
    for (let i = 1; i <= 10; i++) expect((await request(sender.socket, 'message', { room: room.id, msg: `m${i}` })).ok).toBe(true)
    expect(await request(sender.socket, 'message', { room: room.id, msg: 'too many' })).toMatchObject({ ok: false, code: 'rate_limited' })
    expect(await db().message.count({ where: { roomId: room.id } })).toBe(10)
  })
})

describe('live rooms: resume after a drop', () => {
  it('sends a rejoining client exactly what it missed, in order', async () => {
    const room = await createTestRoom()
    const talker = await joined(room.id)
    const dropper = await createUser()
    let socket: Socket = await connectAs(server.url(), dropper.token)
    await request(socket, 'join_room', { room: room.id })
    const seen = nextEvent<MessageJson>(socket, 'message')
    await request(talker.socket, 'message', { room: room.id, msg: 'before the drop' })
    const lastSeq = (await seen).seq
    socket.disconnect()
    for (const msg of ['a', 'b', 'c']) await request(talker.socket, 'message', { room: room.id, msg })
    socket = await connectAs(server.url(), dropper.token)
    const answer = await request(socket, 'join_room', { room: room.id, last_seq: lastSeq })
    expect(messagesOf(answer).map((message) => [message.msg, message.seq])).toEqual([
      ['a', lastSeq + 1],
      ['b', lastSeq + 2],
      ['c', lastSeq + 3],
    ])
  })
})
