import type { Socket } from 'socket.io-client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { MessageJson } from '@/lib/schemas/rooms'
import { MAX_BATCH, submitMessage } from '@/lib/services/rooms/message-batches'
import { presentMessage, messageSelect } from '@/lib/services/rooms/present-message'
import { storeMessages } from '@/lib/services/rooms/store-messages'
import { connectAs, createTestRoom, request, withSocketServer } from '../helpers/sockets'
import { createUser } from '../helpers/users'

/*
 * Group commit (lib/services/rooms/message-batches.ts, store-messages.ts): messages for one room are
 * stored by one statement per batch. What must hold whatever the batches turn out to be: every
 * acknowledged message stored exactly once, seqs without gaps, every member told in seq order, the
 * acknowledgement equal to the stored row; client_id retries and mutes decided per message; a failed
 * statement fails each of its messages and acknowledges none. No timing is asserted.
 */
const server = withSocketServer()

afterEach(() => {
  vi.restoreAllMocks()
})

async function joined(roomId: string) {
  const who = await createUser()
  const socket = await connectAs(server.url(), who.token)
  expect((await request(socket, 'join_room', { room: roomId })).ok).toBe(true)
  return { ...who, socket }
}

async function storedMessages(roomId: string): Promise<MessageJson[]> {
  const rows = await db().message.findMany({ where: { roomId }, orderBy: { seq: 'asc' }, select: messageSelect })
  return rows.map(presentMessage)
}

/** Collects the room's `message` events a socket receives. */
function collect(socket: Socket): MessageJson[] {
  const seen: MessageJson[] = []
  socket.on('message', (message: MessageJson) => seen.push(message))
  return seen
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((wake) => setTimeout(wake, 10))
}

describe('group commit: many senders into one room', () => {
  it('stores every acknowledged message once, with contiguous seqs, told to every member in seq order, the ack equal to the stored row', async () => {
    const room = await createTestRoom()
    const senders = await Promise.all(Array.from({ length: 12 }, () => joined(room.id)))
    const listeners = await Promise.all([joined(room.id), joined(room.id)])
    const received = [...senders, ...listeners].map(({ socket }) => collect(socket))
    // 12 senders × 8 messages at once (under the per-user limit of 10): batches of several messages.
    const answers = await Promise.all(
      senders.flatMap(({ socket }, who) => Array.from({ length: 8 }, (_, i) => request(socket, 'message', { room: room.id, msg: `${who}-${i}` }))),
    )
    expect(answers.every((answer) => answer.ok)).toBe(true)
    const acked = answers.map((answer) => answer.message as MessageJson)
    const stored = await storedMessages(room.id)
    expect(stored.map((message) => message.seq)).toEqual(Array.from({ length: 96 }, (_, i) => i + 1))
    expect((await db().room.findUniqueOrThrow({ where: { id: room.id } })).lastSeq).toBe(96)
    const byId = new Map(stored.map((message) => [message.id, message]))
    for (const message of acked) expect(message).toEqual(byId.get(message.id))
    expect(new Set(acked.map((message) => message.id)).size).toBe(96)
    await until(() => received.every((seen) => seen.length >= 96))
    for (const seen of received) expect(seen).toEqual(stored)
  })
})

describe('group commit: one statement per batch', () => {
  it('answers each message of a batch: new ones in order, a client_id already stored with the stored message, a copy within the batch with the first', async () => {
    const room = await createTestRoom()
    const { user: alice } = await createUser()
    const { user: bob } = await createUser()
    const [earlier] = await storeMessages(room.id, [{ userId: alice.id, body: 'earlier', clientId: 'a-1' }])
    expect(earlier).toMatchObject({ ok: true, fresh: true, message: { seq: 1, msg: 'earlier' } })
    const outcomes = await storeMessages(room.id, [
      { userId: bob.id, body: 'one', clientId: null },
      { userId: alice.id, body: 'retry of earlier', clientId: 'a-1' },
      { userId: bob.id, body: 'two', clientId: 'b-1' },
      { userId: bob.id, body: 'two again', clientId: 'b-1' },
      // The same client_id of another user is another message.
      { userId: alice.id, body: 'three', clientId: 'b-1' },
    ])
    const earlierMessage = (earlier as { message: MessageJson }).message
    expect(outcomes).toEqual([
      { ok: true, fresh: true, message: expect.objectContaining({ seq: 2, msg: 'one', user_id: bob.id }) },
      { ok: true, fresh: false, message: earlierMessage },
      { ok: true, fresh: true, message: expect.objectContaining({ seq: 3, msg: 'two', user_id: bob.id }) },
      { ok: true, fresh: false, message: expect.objectContaining({ seq: 3, msg: 'two' }) },
      { ok: true, fresh: true, message: expect.objectContaining({ seq: 4, msg: 'three', user_id: alice.id }) },
    ])
    expect((await storedMessages(room.id)).map((message) => [message.seq, message.msg])).toEqual([
      [1, 'earlier'],
      [2, 'one'],
      [3, 'two'],
      [4, 'three'],
    ])
  })

  it('refuses a muted author’s message inside a batch and stores the others without a gap', async () => {
    const room = await createTestRoom()
    const { user: muted } = await createUser()
    const { user: over } = await createUser()
    const { user: talker } = await createUser()
    await db().roomMute.create({ data: { roomId: room.id, userId: muted.id, until: null } })
    await db().roomMute.create({ data: { roomId: room.id, userId: over.id, until: new Date(Date.now() - 60_000) } })
    const outcomes = await storeMessages(room.id, [
      { userId: talker.id, body: 'a', clientId: null },
      { userId: muted.id, body: 'hush', clientId: null },
      { userId: over.id, body: 'mute over', clientId: null },
      { userId: talker.id, body: 'b', clientId: null },
    ])
    expect(outcomes[1]).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden', message: 'You are muted in this room' }) })
    expect(outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.ok && [outcome.message.seq, outcome.message.msg])).toEqual([
      [1, 'a'],
      [2, 'mute over'],
      [3, 'b'],
    ])
    expect((await db().room.findUniqueOrThrow({ where: { id: room.id } })).lastSeq).toBe(3)
  })

  it('answers not found for every message to a room that does not exist, and stores nothing', async () => {
    const { user } = await createUser()
    const missing = '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c'
    const outcomes = await storeMessages(missing, [
      { userId: user.id, body: 'x', clientId: null },
      { userId: user.id, body: 'y', clientId: 'c' },
    ])
    for (const outcome of outcomes) expect(outcome).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_found' }) })
    expect(await db().message.count({ where: { roomId: missing } })).toBe(0)
  })

  it('tells the committed messages to their listener in seq order, before any sender hears back', async () => {
    const room = await createTestRoom()
    const { user } = await createUser()
    const events: string[] = []
    const sends = Array.from({ length: MAX_BATCH + 5 }, (_, i) =>
      submitMessage(room.id, { userId: user.id, body: `m${i}`, clientId: null, onStored: (message) => events.push(`told ${message.seq}`) }).then((message) =>
        events.push(`acked ${message.seq}`),
      ),
    )
    await Promise.all(sends)
    const told = events.filter((event) => event.startsWith('told')).map((event) => Number(event.split(' ')[1]))
    expect(told).toEqual(Array.from({ length: MAX_BATCH + 5 }, (_, i) => i + 1))
    // Each batch is told as a whole before its senders are acknowledged.
    expect(events.indexOf(`acked 1`)).toBeGreaterThan(events.indexOf(`told ${MAX_BATCH}`))
  })
})

describe('group commit: client_id retries over sockets', () => {
  it('stores a message once when retried within one batch and again in a later batch', async () => {
    const room = await createTestRoom()
    const sender = await joined(room.id)
    const [first, second] = await Promise.all([
      request(sender.socket, 'message', { room: room.id, msg: 'hello', client_id: 'k-1' }),
      request(sender.socket, 'message', { room: room.id, msg: 'hello', client_id: 'k-1' }),
      request(sender.socket, 'message', { room: room.id, msg: 'other' }),
    ])
    const later = await request(sender.socket, 'message', { room: room.id, msg: 'hello', client_id: 'k-1' })
    expect(second!.message).toEqual(first!.message)
    expect(later.message).toEqual(first!.message)
    expect((await storedMessages(room.id)).map((message) => message.msg).sort()).toEqual(['hello', 'other'])
    expect((await db().room.findUniqueOrThrow({ where: { id: room.id } })).lastSeq).toBe(2)
  })

  it('refuses a muted sender inside a batch with forbidden and acknowledges the others', async () => {
    const room = await createTestRoom()
    const muted = await joined(room.id)
    const talker = await joined(room.id)
    await db().roomMute.create({ data: { roomId: room.id, userId: muted.user.id, until: null } })
    const answers = await Promise.all([
      request(talker.socket, 'message', { room: room.id, msg: 'a' }),
      request(muted.socket, 'message', { room: room.id, msg: 'hush' }),
      request(talker.socket, 'message', { room: room.id, msg: 'b' }),
    ])
    expect(answers[1]).toMatchObject({ ok: false, code: 'forbidden', error: 'You are muted in this room' })
    expect([answers[0], answers[2]].map((answer) => (answer!.message as MessageJson).seq).sort()).toEqual([1, 2])
  })
})

describe('group commit: a failed statement', () => {
  it('fails each message of the batch as unavailable when the database is away, and acknowledges none', async () => {
    const room = await createTestRoom()
    const senders = await Promise.all([joined(room.id), joined(room.id)])
    const listener = await joined(room.id)
    const told = collect(listener.socket)
    vi.spyOn(db(), '$queryRaw').mockRejectedValueOnce(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' }))
    const answers = await Promise.all(senders.map(({ socket }, i) => request(socket, 'message', { room: room.id, msg: `lost ${i}` })))
    for (const answer of answers) expect(answer).toEqual({ ok: false, code: 'unavailable', error: 'Service temporarily unavailable, please retry' })
    expect(await db().message.count({ where: { roomId: room.id } })).toBe(0)
    // The next batch stores normally, from seq 1: the failed one reserved nothing.
    const next = await request(senders[0]!.socket, 'message', { room: room.id, msg: 'back' })
    expect(next).toMatchObject({ ok: true, message: { seq: 1, msg: 'back' } })
    await until(() => told.length >= 1)
    expect(told.map((message) => message.msg)).toEqual(['back'])
  })

  it('retries a batch that failed for another reason message by message, so only the bad one fails', async () => {
    const room = await createTestRoom()
    const { user } = await createUser()
    const spy = vi.spyOn(db(), '$queryRaw')
    spy.mockRejectedValueOnce(new Error('something unexpected'))
    spy.mockRejectedValueOnce(new AppError('conflict', 'the bad one'))
    const outcomes = await Promise.allSettled(['bad', 'good 1', 'good 2'].map((body) => submitMessage(room.id, { userId: user.id, body, clientId: null })))
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { code: 'conflict' } })
    expect(outcomes.slice(1).map((outcome) => outcome.status === 'fulfilled' && [outcome.value.msg, outcome.value.seq])).toEqual([
      ['good 1', 1],
      ['good 2', 2],
    ])
  })
})
