import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { MessageJson, RoomJson } from '@/lib/schemas/rooms'
import { postMessage } from '@/lib/services/rooms/post-message'
import { send } from '../helpers/http'
import { createTestRoom } from '../helpers/sockets'
import { createUser } from '../helpers/users'

const UNKNOWN = '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c'

async function roomWithMessages(count: number) {
  const room = await createTestRoom()
  const { user } = await createUser()
  const ids: string[] = []
  for (let i = 1; i <= count; i++) ids.push((await postMessage({ id: user.id, role: user.role }, { roomId: room.id, body: `m${i}` })).id)
  return { room, ids }
}

describe('GET /api/rooms', () => {
  it('answers a page of rooms with online counts, searchable by name', async () => {
    const name = `Hall ${Date.now()}`
    const room = await createTestRoom(name)
    const { bearer } = await createUser()
    const answer = await send<{ items: RoomJson[]; total: number }>(api(), 'GET', `/api/rooms?q=${encodeURIComponent(name)}`, { headers: bearer })
    expect(answer.status).toBe(200)
    expect(answer.body.data.items).toEqual([{ id: room.id, name, booth_id: null, online: 0 }])
    expect(answer.body.data.total).toBe(1)
  })

  it('validates paging', async () => {
    const { bearer } = await createUser()
    expect((await send(api(), 'GET', '/api/rooms?page_size=500', { headers: bearer })).status).toBe(400)
  })
})

describe('POST /api/rooms', () => {
  it('creates a general room (staff), audit-logged', async () => {
    const staff = await createUser({ role: 'staff' })
    const answer = await send<RoomJson>(api(), 'POST', '/api/rooms', { headers: staff.bearer, json: { name: '  Main stage ' } })
    expect(answer.status).toBe(201)
    expect(answer.body.data).toMatchObject({ name: 'Main stage', booth_id: null, online: 0 })
    expect(await db().room.findUniqueOrThrow({ where: { id: answer.body.data.id } })).toMatchObject({ kind: 'general', createdById: staff.user.id })
    expect(await db().auditLog.count({ where: { action: 'room.created', entityId: answer.body.data.id } })).toBe(1)
  })

  it('validates the name', async () => {
    const staff = await createUser({ role: 'staff' })
    const cases: Array<[unknown, string]> = [
      [{}, 'Required'],
      [{ name: '   ' }, 'Name is required'],
      [{ name: 'x'.repeat(121) }, 'At most 120 characters'],
      [{ name: 5 }, 'Invalid input: expected string, received number'],
    ]
    for (const [json, message] of cases) {
      const answer = await send(api(), 'POST', '/api/rooms', { headers: staff.bearer, json })
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ status: 400, message: 'Validation failed', data: null, errors: { name: [message] } })
    }
  })
})

describe('POST /api/join-rooms', () => {
  it('answers the room and its recent messages, oldest first', async () => {
    const { room, ids } = await roomWithMessages(3)
    const { bearer } = await createUser()
    const answer = await send<RoomJson & { messages: MessageJson[] }>(api(), 'POST', '/api/join-rooms', { headers: bearer, json: { room: room.id } })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ id: room.id, name: room.name, online: 0 })
    expect(answer.body.data.messages.map((message) => message.id)).toEqual(ids)
  })

  it('answers 400 for a malformed room and 404 for an unknown one', async () => {
    const { bearer } = await createUser()
    expect((await send(api(), 'POST', '/api/join-rooms', { headers: bearer, json: { room: 'lobby' } })).status).toBe(400)
    expect((await send(api(), 'POST', '/api/join-rooms', { headers: bearer, json: {} })).status).toBe(400)
    expect((await send(api(), 'POST', '/api/join-rooms', { headers: bearer, json: { room: UNKNOWN } })).status).toBe(404)
  })
})

describe('GET /api/leave-room', () => {
  it('answers 200 with nothing for a room, 400/404 otherwise', async () => {
    const room = await createTestRoom()
    const { bearer } = await createUser()
    const answer = await send(api(), 'GET', `/api/leave-room?room=${room.id}`, { headers: bearer })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toBeNull()
    expect((await send(api(), 'GET', '/api/leave-room', { headers: bearer })).status).toBe(400)
    expect((await send(api(), 'GET', `/api/leave-room?room=${UNKNOWN}`, { headers: bearer })).status).toBe(404)
  })
})

describe('GET /api/rooms/messages', () => {
  it('pages history newest first with the before cursor', async () => {
    const { room, ids } = await roomWithMessages(5)
    const { bearer } = await createUser()
    const first = await send<MessageJson[]>(api(), 'GET', `/api/rooms/messages?room=${room.id}&limit=2`, { headers: bearer })
    expect(first.status).toBe(200)
    expect(first.body.data.map((message) => message.msg)).toEqual(['m5', 'm4'])
    const next = await send<MessageJson[]>(api(), 'GET', `/api/rooms/messages?room=${room.id}&limit=2&before=${ids[3]}`, { headers: bearer })
    expect(next.body.data.map((message) => message.msg)).toEqual(['m3', 'm2'])
    const last = await send<MessageJson[]>(api(), 'GET', `/api/rooms/messages?room=${room.id}&before=${ids[0]}`, { headers: bearer })
    expect(last.body.data).toEqual([])
  })

  it('validates its query and refuses a cursor from another room', async () => {
    const { room } = await roomWithMessages(1)
    const other = await roomWithMessages(1)
    const { bearer } = await createUser()
    expect((await send(api(), 'GET', `/api/rooms/messages?room=${room.id}&limit=101`, { headers: bearer })).status).toBe(400)
    expect((await send(api(), 'GET', `/api/rooms/messages?room=${room.id}&before=nope`, { headers: bearer })).status).toBe(400)
    expect((await send(api(), 'GET', `/api/rooms/messages?room=${room.id}&before=${other.ids[0]}`, { headers: bearer })).status).toBe(404)
    expect((await send(api(), 'GET', `/api/rooms/messages?room=${UNKNOWN}`, { headers: bearer })).status).toBe(404)
  })
})

describe('rooms: who may call what', () => {
  type Caller = 'anonymous' | 'user' | 'staff' | 'admin' | 'deactivated'
  const expected: Record<string, Record<Caller, number>> = {
    'GET /api/rooms': { anonymous: 401, user: 200, staff: 200, admin: 200, deactivated: 401 },
    'POST /api/rooms': { anonymous: 401, user: 403, staff: 201, admin: 201, deactivated: 401 },
    'POST /api/join-rooms': { anonymous: 401, user: 200, staff: 200, admin: 200, deactivated: 401 },
    'GET /api/leave-room': { anonymous: 401, user: 200, staff: 200, admin: 200, deactivated: 401 },
    'GET /api/rooms/messages': { anonymous: 401, user: 200, staff: 200, admin: 200, deactivated: 401 },
  }

  async function headersOf(caller: Caller): Promise<Record<string, string>> {
    if (caller === 'anonymous') return {}
    if (caller === 'deactivated') {
      const who = await createUser()
      await db().user.update({ where: { id: who.user.id }, data: { isActive: false } })
      return who.bearer
    }
    return (await createUser({ role: caller })).bearer
  }

  for (const [call, statuses] of Object.entries(expected)) {
    for (const [caller, status] of Object.entries(statuses) as Array<[Caller, number]>) {
      it(`${call} as ${caller} → ${status}`, async () => {
        const room = await createTestRoom()
        const [method, path] = call.split(' ') as [string, string]
        const requests: Record<string, { path: string; json?: unknown }> = {
          'GET /api/rooms': { path },
          'POST /api/rooms': { path, json: { name: 'Matrix room' } },
          'POST /api/join-rooms': { path, json: { room: room.id } },
          'GET /api/leave-room': { path: `${path}?room=${room.id}` },
          'GET /api/rooms/messages': { path: `${path}?room=${room.id}` },
        }
        const target = requests[call]!
        const answer = await send(api(), method, target.path, { headers: await headersOf(caller), json: target.json })
        expect(answer.status).toBe(status)
        expect(answer.body.status).toBe(status)
      })
    }
  }
})
