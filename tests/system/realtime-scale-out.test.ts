import { randomUUID } from 'node:crypto'
import type { Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { POSTGRES_ADMIN_URL, adminQuery } from '../helpers/postgres'
import { redisServerAvailable, type TestRedisServer } from '../helpers/redis-server'
import { startScaleOut, type ScaleOut } from '../helpers/scale-out'
import type { ServerProcess } from '../helpers/server-process'
import { connectAs, request } from '../helpers/sockets'
import { createUser } from '../helpers/users'

/*
 * Two `server.ts --api-only` processes sharing rooms through their own redis-server, on a PostgreSQL
 * database of this file. Nothing here sleeps for a fixed time to let something happen: every wait
 * is for a condition, bounded.
 */

const postgresUp = await adminQuery(POSTGRES_ADMIN_URL, 'SELECT 1').then(
  () => true,
  () => false,
)
const ready = postgresUp && redisServerAvailable()
if (!ready && process.env.CI) throw new Error('The scale-out test needs PostgreSQL and /usr/bin/redis-server in CI')
if (!ready) console.warn('\n  NOTICE: PostgreSQL or redis-server unavailable; the scale-out test is skipped.\n')

interface Msg {
  id: string
  room: string
  seq: number
  msg: string
  user_id: string
}

/** A connected client that keeps every `message` it receives, by id. */
interface Client {
  socket: Socket
  received: Map<string, Msg & { at: number }>
}

async function client(url: string, token: string): Promise<Client> {
  const socket = await connectAs(url, token)
  const received = new Map<string, Msg & { at: number }>()
  socket.on('message', (message: Msg) => received.set(message.id, { ...message, at: Date.now() }))
  return { socket, received }
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`)
    await new Promise((wake) => setTimeout(wake, 25))
  }
}

const health = (server: ServerProcess) => fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((answer) => answer.status)

let cluster: ScaleOut | undefined
let redis: TestRedisServer | undefined
let a: ServerProcess | undefined
let b: ServerProcess | undefined
let roomId = ''
let roomName = ''
const processes = () => [a!, b!]

beforeAll(async () => {
  if (!ready) return
  cluster = await startScaleOut()
  ;({ a, b, redis } = cluster)
  roomName = `Scale-out ${randomUUID()}`
  roomId = (await db().room.create({ data: { name: roomName, kind: 'general' }, select: { id: true } })).id
})

afterAll(async () => {
  // Whatever failed above, nothing is left running and the database goes.
  await cluster?.stop()
})

describe.skipIf(!ready)('live rooms across two processes (Redis adapter)', () => {
  let alice: Client // on A
  let bob: Client // on B
  let bobUser = { token: '' }

  it('delivers a message sent on one process to a member connected to the other, after storing it', async () => {
    const [aliceUser, bobAccount] = await Promise.all([createUser(), createUser()])
    bobUser = bobAccount
    alice = await client(a!.url, aliceUser.token)
    bob = await client(b!.url, bobUser.token)
    expect((await request(alice.socket, 'join_room', { room: roomId })).ok).toBe(true)
    expect((await request(bob.socket, 'join_room', { room: roomId })).ok).toBe(true)

    const sent = await request(alice.socket, 'message', { room: roomId, msg: 'hello from A', client_id: randomUUID() })
    expect(sent.ok).toBe(true)
    const stored = sent.message as Msg
    expect(await db().message.findUnique({ where: { id: stored.id }, select: { body: true } })).toEqual({ body: 'hello from A' })
    await waitFor('the message on B', () => bob.received.has(stored.id))
    expect(bob.received.get(stored.id)).toMatchObject({ id: stored.id, seq: stored.seq, msg: 'hello from A', user_id: aliceUser.user.id })
  })

  it('agrees on presence in both processes: events and GET /api/rooms', async () => {
    // Both sockets have joined: each process counts the other's member too.
    const seen = new Map<Socket, number>()
    for (const { socket } of [alice, bob]) socket.on('presence', (event: { online: number }) => seen.set(socket, event.online))
    // A recount on each process (a join again is harmless) makes sure both sides announce.
    await Promise.all([
      request(alice.socket, 'join_room', { room: roomId, last_seq: 1_000_000 }),
      request(bob.socket, 'join_room', { room: roomId, last_seq: 1_000_000 }),
    ])
    await waitFor('presence 2 on both sockets', () => seen.get(alice.socket) === 2 && seen.get(bob.socket) === 2)
    for (const server of processes()) {
      const answer = await fetch(`${server.url}/api/rooms?q=${encodeURIComponent(roomName)}`, { headers: { authorization: `Bearer ${bobUser.token}` } })
      const body = (await answer.json()) as { data: { items: Array<{ id: string; online: number }> } }
      expect(body.data.items.find((room) => room.id === roomId)?.online).toBe(2)
    }
  })

  it('gives a client that reconnects to the other process exactly the messages it missed', async () => {
    const lastSeen = Math.max(...[...bob.received.values()].map((message) => message.seq))
    bob.socket.disconnect()
    const missed: Msg[] = []
    for (const text of ['while you were away 1', 'while you were away 2', 'while you were away 3']) {
      const sent = await request(alice.socket, 'message', { room: roomId, msg: text, client_id: randomUUID() })
      expect(sent.ok).toBe(true)
      missed.push(sent.message as Msg)
    }
    // Bob comes back through the other process (A this time).
    const back = await client(a!.url, bobUser.token)
    const resumed = await request(back.socket, 'join_room', { room: roomId, last_seq: lastSeen })
    expect(resumed.ok).toBe(true)
    expect((resumed.messages as Msg[]).map((message) => message.id)).toEqual(missed.map((message) => message.id))
    back.socket.disconnect()
    // Bob again on B for what follows.
    bob = await client(b!.url, bobUser.token)
    expect((await request(bob.socket, 'join_room', { room: roomId, last_seq: missed.at(-1)!.seq })).messages).toEqual([])
  })

  it('survives a Redis outage under chat load: local delivery and stored sends go on, cross-process delivery and resume come back', async () => {
    const senders = await Promise.all(
      Array.from({ length: 8 }, async (_, index) => {
        const { token } = await createUser()
        const server = index % 2 === 0 ? a! : b!
        const sender = await client(server.url, token)
        expect((await request(sender.socket, 'join_room', { room: roomId })).ok).toBe(true)
        return { ...sender, server }
      }),
    )
    const baseline = Math.max(
      0,
      ...[...bob.received.values()].map((message) => message.seq),
      (await db().message.aggregate({ where: { roomId }, _max: { seq: true } }))._max.seq ?? 0,
    )

    // The load: each sender one message every 1.5 s (the per-user limit is 10 per 10 s), staggered,
    // so each process stores about 2.7 messages a second throughout.
    const acked: Array<{ id: string; seq: number; from: ServerProcess; sentAt: number }> = []
    const failures: unknown[] = []
    let running = true
    const loops = senders.map(async (sender, index) => {
      await new Promise((wake) => setTimeout(wake, index * 180))
      while (running) {
        const sentAt = Date.now()
        try {
          const answer = await request(sender.socket, 'message', { room: roomId, msg: `load ${sentAt}`, client_id: randomUUID() })
          if (answer.ok) acked.push({ ...(answer.message as Msg), from: sender.server, sentAt })
          else failures.push(answer)
        } catch (error) {
          failures.push(String(error))
        }
        await new Promise((wake) => setTimeout(wake, 1_500))
      }
    })
    const ackedAfter = (from: ServerProcess, since: number) => acked.filter((message) => message.from === from && message.sentAt > since)
    const deliveredAfter = (to: Client, from: ServerProcess, since: number) => ackedAfter(from, since).some((message) => to.received.has(message.id))

    try {
      await waitFor('cross-process delivery under load', () => deliveredAfter(bob, a!, 0) && deliveredAfter(alice, b!, 0))

      await redis!.stop()
      const outage = Date.now()
      // Each process keeps serving its own clients: stored and acknowledged sends, local delivery.
      await waitFor('local delivery on A and on B during the outage', () => deliveredAfter(alice, a!, outage) && deliveredAfter(bob, b!, outage))
      await waitFor('sends acknowledged on both processes during the outage', () => ackedAfter(a!, outage).length >= 3 && ackedAfter(b!, outage).length >= 3)
      for (const server of processes()) {
        expect(server.running()).toBe(true)
        expect(await health(server)).toBe(200)
      }
      await redis!.start()
      const restored = Date.now()
      await waitFor('cross-process delivery after Redis returns', () => deliveredAfter(bob, a!, restored) && deliveredAfter(alice, b!, restored), 20_000)
    } finally {
      running = false
      await Promise.all(loops)
    }
    expect(failures).toEqual([])
    for (const server of processes()) expect(server.running()).toBe(true)

    // Every acknowledged send is stored.
    const stored = await db().message.findMany({ where: { roomId, seq: { gt: baseline } }, select: { id: true, seq: true }, orderBy: { seq: 'asc' } })
    const storedIds = new Set(stored.map((message) => message.id))
    for (const message of acked) expect(storedIds.has(message.id)).toBe(true)

    // Bob (on B) missed A's messages during the outage: he resumes from his last gap-free seq and
    // ends up with every stored message exactly once.
    const live = new Map([...bob.received.values()].filter((message) => message.seq > baseline).map((message) => [message.seq, message.id]))
    let contiguous = baseline
    while (live.has(contiguous + 1)) contiguous++
    expect(contiguous).toBeLessThan(stored.at(-1)!.seq) // he did miss something
    const resumed = (await request(bob.socket, 'join_room', { room: roomId, last_seq: contiguous })).messages as Msg[]
    expect(resumed.every((message) => message.seq > contiguous)).toBe(true)
    expect(new Set(resumed.map((message) => message.id)).size).toBe(resumed.length)
    const merged = new Map(live)
    for (const message of resumed) merged.set(message.seq, message.id)
    expect([...merged.entries()].sort(([x], [y]) => x - y)).toEqual(stored.map((message) => [message.seq, message.id]))
    for (const sender of senders) sender.socket.disconnect()
  })

  it('ends a user’s socket on B within a second of their deactivation through A; others stay', async () => {
    const [adminAccount, target, bystander] = await Promise.all([createUser({ role: 'admin' }), createUser(), createUser()])
    const onB = await client(b!.url, target.token)
    const alsoOnA = await client(a!.url, target.token)
    const stays = await client(b!.url, bystander.token)
    for (const { socket } of [onB, alsoOnA, stays]) expect((await request(socket, 'join_room', { room: roomId })).ok).toBe(true)
    const ended = (socket: Socket) =>
      new Promise<{ reason: string; at: number }>((resolve) => {
        let reason = ''
        socket.once('session_ended', (event: { reason: string }) => (reason = event.reason))
        socket.once('disconnect', () => resolve({ reason, at: Date.now() }))
      })
    const ends = [ended(onB.socket), ended(alsoOnA.socket)]
    const started = Date.now()
    const answer = await fetch(`${a!.url}/api/auth/set-active`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${adminAccount.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: target.user.id, is_active: false }),
    })
    expect(answer.status).toBe(200)
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref())
    for (const end of ends) {
      const result = await Promise.race([end, timeout])
      expect(result).not.toBe('timeout')
      const { reason, at } = result as { reason: string; at: number }
      expect(reason).toBe('revoked')
      expect(at - started).toBeLessThan(1_000)
    }
    expect(stays.socket.connected).toBe(true)
    expect((await request(stays.socket, 'message', { room: roomId, msg: 'still here', client_id: randomUUID() })).ok).toBe(true)
    stays.socket.disconnect()
  })

  it('shuts down cleanly on SIGTERM, closing its Redis clients', async () => {
    const started = Date.now()
    expect(await Promise.all(processes().map((server) => server.stop('SIGTERM')))).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ])
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
