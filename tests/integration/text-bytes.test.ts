import { describe, expect, it } from 'vitest'
import { api, createApiShell } from '@/lib/api/app'
import { envelope } from '@/lib/api/envelope'
import { db } from '@/lib/db'
import { handleEvent } from '@/lib/realtime/handle-event'
import type { Ack } from '@/lib/realtime/ack'
import type { RealtimeSocket } from '@/lib/realtime/socket-types'
import { resetRateLimits } from '@/lib/rate-limit/store'
import { boothFields, createBoothVia, insertBooth } from '../helpers/booths'
import { insertCompany, uniqueCompanyName } from '../helpers/companies'
import { send, type Answer } from '../helpers/http'
import { connectAs, createTestRoom, request, withSocketServer } from '../helpers/sockets'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

/*
 * Bytes PostgreSQL refuses: a NUL character (U+0000) cannot be stored in a text column (SQLSTATE
 * 22021), and a lone UTF-16 surrogate is no Unicode scalar value (encoded to UTF-8 it becomes U+FFFD,
 * or is refused). Every text field, query string, multipart text field and socket payload refuses
 * both at validation with a 400 (an ack with `code: 'validation'`) naming the field; what slips past
 * validation is refused by the database and answered 400 `bad_request`, never 500.
 */
withTempUploadDir()
const server = withSocketServer()

const NUL = 'Ada\u0000Lovelace'
const LONE = 'Ada\uD800Lovelace'
const PASSWORD = 'violet-harbour-engine-42'
const REFUSED = /NUL characters|unpaired surrogate/

/** A 400 validation envelope whose `errors` name `field` with the text refusal. */
function expectRefused(answer: Answer, field: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400)
  expect(answer.body).toMatchObject({ status: 400, message: 'Validation failed', data: null })
  expect(answer.body.errors?.[field], JSON.stringify(answer.body.errors)).toEqual(expect.arrayContaining([expect.stringMatching(REFUSED)]))
}

const register = (fields: Record<string, string>) =>
  send(api(), 'POST', '/api/auth/register', {
    json: { name: 'Grace Hopper', email: `grace-${Date.now()}-${Math.random()}@example.com`, password: PASSWORD, password_confirmation: PASSWORD, ...fields },
  })

describe('JSON fields', () => {
  it('register refuses NUL and lone surrogates in name, email and password, naming the field', async () => {
    resetRateLimits()
    expectRefused(await register({ name: NUL }), 'name')
    expectRefused(await register({ name: LONE }), 'name')
    expectRefused(await register({ name: '\uDC00' }), 'name')
    expectRefused(await register({ email: 'ada\u0000@example.com' }), 'email')
    expectRefused(await register({ password: `${PASSWORD}\u0000`, password_confirmation: `${PASSWORD}\u0000` }), 'password')
    expectRefused(await register({ password: `${PASSWORD}\uD800`, password_confirmation: `${PASSWORD}\uD800` }), 'password')
  })

  it('login refuses NUL and lone surrogates in email and password', async () => {
    resetRateLimits()
    expectRefused(await send(api(), 'POST', '/api/auth/login', { json: { email: 'ada\u0000@example.com', password: PASSWORD } }), 'email')
    expectRefused(await send(api(), 'POST', '/api/auth/login', { json: { email: 'ada\uD800@example.com', password: PASSWORD } }), 'email')
    expectRefused(await send(api(), 'POST', '/api/auth/login', { json: { email: 'ada@example.com', password: `x${NUL}` } }), 'password')
  })

  it('a room name (POST /api/rooms) and a rejection reason refuse them too', async () => {
    const staff = await createUser({ role: 'staff' })
    expectRefused(await send(api(), 'POST', '/api/rooms', { headers: staff.bearer, json: { name: NUL } }), 'name')
    expectRefused(await send(api(), 'POST', '/api/rooms', { headers: staff.bearer, json: { name: LONE } }), 'name')
    const owner = await createUser()
    const company = await insertCompany(owner.user.id)
    const { booth } = await insertBooth(company.id, { ownerId: owner.user.id })
    for (const reason of [NUL, LONE]) {
      const answer = await send(api(), 'PATCH', `/api/tradebooth/status?id=${booth.id}`, { headers: staff.bearer, json: { status: 'rejected', reason } })
      expectRefused(answer, 'reason')
    }
    expect(await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id }, select: { status: true } })).toEqual({ status: 'pending' })
  })

  it('still accepts ordinary Unicode: accents, CJK, emoji (surrogate pairs)', async () => {
    resetRateLimits()
    const name = 'Zoë Ñúñez 山田太郎 🚀👩🏽‍💻'
    const registered = await register({ name })
    expect(registered.status, JSON.stringify(registered.body)).toBe(201)
    const staff = await createUser({ role: 'staff' })
    const room = await send<{ name: string }>(api(), 'POST', '/api/rooms', { headers: staff.bearer, json: { name: `Café 東京 🎉 ${Date.now()}` } })
    expect(room.status).toBe(201)
    expect(room.body.data.name).toMatch(/^Café 東京 🎉 \d+$/)
  })
})

describe('query strings', () => {
  it('every list route refuses a NUL in q, naming q', async () => {
    const admin = await createUser({ role: 'admin' })
    for (const path of ['/api/company/get-details-companies', '/api/tradebooth/get-details-tradebooths', '/api/auth/all-users-data', '/api/rooms']) {
      const answer = await send(api(), 'GET', `${path}?q=${encodeURIComponent(NUL)}`, { headers: admin.bearer })
      expectRefused(answer, 'q')
    }
  })

  it('an accented, CJK or emoji q still searches', async () => {
    const admin = await createUser({ role: 'admin' })
    const answer = await send<{ items: unknown[] }>(api(), 'GET', `/api/company/get-details-companies?q=${encodeURIComponent('Café 東京 🎉')}`, {
      headers: admin.bearer,
    })
    expect(answer.status).toBe(200)
    expect(answer.body.data.items).toEqual([])
  })
})

describe('multipart text fields', () => {
  it('company create and update refuse a NUL in name, location or size', async () => {
    const me = await createUser()
    for (const field of ['name', 'location', 'size']) {
      const fields = { name: uniqueCompanyName(), [field]: `Hall\u0000${Date.now()}` }
      expectRefused(await send(api(), 'POST', '/api/company/create-company', { headers: me.bearer, body: form(fields) }), field)
    }
    const company = await insertCompany(me.user.id)
    const update = await send(api(), 'PUT', `/api/company/update-company?id=${company.id}`, { headers: me.bearer, body: form({ name: NUL }) })
    expectRefused(update, 'name')
    expect(await db().company.count({ where: { ownerId: me.user.id } })).toBe(1)
  })

  it('booth create refuses a NUL in title, location or description; a Unicode booth is created', async () => {
    const me = await createUser()
    const company = await insertCompany(me.user.id)
    for (const field of ['title', 'location', 'description', 'date', 'timezone']) {
      expectRefused(await createBoothVia(me.bearer, boothFields(company.id, { [field]: field === 'date' ? '2026-11-24\u0000' : NUL })), field)
    }
    const created = await createBoothVia(me.bearer, boothFields(company.id, { title: 'Démo solaire 太陽 ☀️', description: 'Ça marche 👍' }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.data).toMatchObject({ title: 'Démo solaire 太陽 ☀️', description: 'Ça marche 👍' })
  })

  it('edit-user refuses a NUL in name or company', async () => {
    const me = await createUser()
    expectRefused(await send(api(), 'PATCH', '/api/user/edit-user', { headers: me.bearer, body: form({ name: NUL }) }), 'name')
    expectRefused(await send(api(), 'PATCH', '/api/user/edit-user', { headers: me.bearer, body: form({ company: NUL }) }), 'company')
    expect(await db().user.findUniqueOrThrow({ where: { id: me.user.id }, select: { name: true } })).toEqual({ name: me.user.name })
  })
})

describe('socket events', () => {
  it('a message with a NUL or a lone surrogate is refused with a validation ack naming msg; emoji pass', async () => {
    const room = await createTestRoom()
    const { token } = await createUser()
    const socket = await connectAs(server.url(), token)
    expect(await request(socket, 'join_room', { room: room.id })).toMatchObject({ ok: true })
    for (const msg of [NUL, LONE, '\uDFFF tail']) {
      const answer = await request(socket, 'message', { room: room.id, msg })
      expect(answer).toMatchObject({ ok: false, code: 'validation' })
      expect(answer.errors?.msg).toEqual(expect.arrayContaining([expect.stringMatching(REFUSED)]))
    }
    const refusedClientId = await request(socket, 'message', { room: room.id, msg: 'fine', client_id: `c${NUL}` })
    expect(refusedClientId).toMatchObject({ ok: false, code: 'validation', errors: { client_id: [expect.stringMatching(REFUSED)] } })
    expect(await db().message.count({ where: { roomId: room.id } })).toBe(0)
    const fine = await request(socket, 'message', { room: room.id, msg: 'Grüße 你好 😀' })
    expect(fine).toMatchObject({ ok: true })
    expect(await db().message.findFirstOrThrow({ where: { roomId: room.id }, select: { body: true } })).toEqual({ body: 'Grüße 你好 😀' })
  })
})

// ---- The safety net: what reaches the database unvalidated -----------------------------------

const shell = createApiShell()
shell.get('/nul-write', async (c) => {
  await db().room.create({ data: { name: `Unvalidated\u0000${Date.now()}` } })
  return c.json(envelope(200, 'unreachable', null))
})
shell.get('/nul-raw', async (c) => {
  await db().$queryRaw`SELECT ${'nul\u0000here'}::text AS value`
  return c.json(envelope(200, 'unreachable', null))
})
shell.get('/missing-parent', async (c) => {
  await db().message.create({ data: { roomId: '01900000-0000-7000-8000-000000000000', seq: 1, body: 'orphan' } })
  return c.json(envelope(200, 'unreachable', null))
})
shell.get('/missing-parent-raw', async (c) => {
  await db()
    .$queryRaw`INSERT INTO messages (id, room_id, seq, body) VALUES (gen_random_uuid(), '01900000-0000-7000-8000-000000000000'::uuid, 1, 'raw') RETURNING id`
  return c.json(envelope(200, 'unreachable', null))
})

/** A socket stand-in for handleEvent: the handler registered, and a way to call it with an ack. */
function fakeSocket() {
  let listener: ((...args: unknown[]) => void) | undefined
  const socket = { data: { user: { id: 'tester' } }, on: (_event: string, handler: (...args: unknown[]) => void) => (listener = handler) }
  return {
    socket: socket as unknown as RealtimeSocket,
    emit: (payload: unknown) => new Promise<Ack>((resolve) => listener!(payload, resolve)),
  }
}

describe('the database refusing what slipped past validation', () => {
  it('answers a NUL refused by the database with 400 bad_request, not 500', async () => {
    for (const path of ['/api/nul-write', '/api/nul-raw']) {
      const answer = await send(shell, 'GET', path)
      expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(400)
      expect(answer.body).toMatchObject({ status: 400, message: expect.stringMatching(/NUL|text/i), data: null })
    }
  })

  it('answers a foreign-key violation with 409 conflict, not 500', async () => {
    for (const path of ['/api/missing-parent', '/api/missing-parent-raw']) {
      const answer = await send(shell, 'GET', path)
      expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(409)
      expect(answer.body).toMatchObject({ status: 409, message: expect.stringMatching(/no longer exists|refers to/i), data: null })
    }
  })

  it('a socket event whose write the database refuses answers bad_request or conflict, never internal', async () => {
    const nul = fakeSocket()
    handleEvent(
      nul.socket,
      'message',
      async () => {
        await db().room.create({ data: { name: `Socket\u0000${Date.now()}` } })
        throw new Error('unreachable')
      },
      async () => true,
    )
    expect(await nul.emit({ msg: 'stored?' })).toMatchObject({ ok: false, code: 'bad_request' })
    const orphan = fakeSocket()
    handleEvent(
      orphan.socket,
      'message',
      async () => {
        await db().message.create({ data: { roomId: '01900000-0000-7000-8000-000000000000', seq: 1, body: 'orphan' } })
        throw new Error('unreachable')
      },
      async () => true,
    )
    expect(await orphan.emit({ msg: 'stored?' })).toMatchObject({ ok: false, code: 'conflict' })
  })
})
