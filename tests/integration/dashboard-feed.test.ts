import type { Socket } from 'socket.io-client'
import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { DomainEvent } from '@/lib/events/domain-events'
import type { Role } from '@/lib/generated/prisma/enums'
import { onlineTotal } from '@/lib/realtime/presence'
import type { RoomMemberJson } from '@/lib/schemas/rooms'
import { boothFields, createBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { connectAs, createTestRoom, nextEvent, request, withSocketServer } from '../helpers/sockets'
import { createUser } from '../helpers/users'

const server = withSocketServer()

async function connected(role: Role = 'user') {
  const who = await createUser({ role })
  return { ...who, socket: await connectAs(server.url(), who.token) }
}

/** Every `dashboard:update` a socket receives from now on. */
function collect(socket: Socket): DomainEvent[] {
  const seen: DomainEvent[] = []
  socket.on('dashboard:update', (event: DomainEvent) => seen.push(event))
  return seen
}

/**
 * One acknowledged round trip: a server sends a connection's packets in order, so anything emitted to
 * this socket before the answer has arrived once it is here.
 */
const flush = (socket: Socket) => request(socket, 'room_members', {})

/** An exhibitor with a company, ready to submit a booth (set up first, so event waits time only the submission). */
async function exhibitor() {
  const owner = await createUser()
  const company = await insertCompany(owner.user.id)
  return { submitBooth: () => createBooth(owner.bearer, boothFields(company.id)) }
}

describe('dashboard feed: staff hear domain events, nobody else does', () => {
  it('tells staff and admins when a booth is created and when it is accepted through the API; a plain user hears nothing', async () => {
    const staff = await connected('staff')
    const admin = await connected('admin')
    const visitor = await connected('user')
    const heardByVisitor = collect(visitor.socket)
    const owner = await exhibitor()

    const created = nextEvent<DomainEvent>(staff.socket, 'dashboard:update', (event) => event.entity === 'booth' && event.action === 'created')
    const createdForAdmin = nextEvent<DomainEvent>(admin.socket, 'dashboard:update', (event) => event.entity === 'booth' && event.action === 'created')
    const booth = await owner.submitBooth()
    expect(await created).toEqual({ entity: 'booth', action: 'created', id: booth.id, status: 'pending' })
    expect((await createdForAdmin).id).toBe(booth.id)

    const accepted = nextEvent<DomainEvent>(staff.socket, 'dashboard:update', (event) => event.action === 'accepted')
    const answer = await send(api(), 'PATCH', `/api/tradebooth/status?id=${booth.id}`, { headers: staff.bearer, json: { status: 'accepted' } })
    expect(answer.status).toBe(200)
    expect(await accepted).toEqual({ entity: 'booth', action: 'accepted', id: booth.id, status: 'accepted' })

    await flush(visitor.socket)
    expect(heardByVisitor).toEqual([])
  })

  it('stops telling a staff member once a re-check finds them demoted', async () => {
    const demoted = await connected('staff')
    const staff = await connected('staff')
    const heard = collect(demoted.socket)
    await db().user.update({ where: { id: demoted.user.id }, data: { role: 'user' } })
    await flush(demoted.socket) // any event re-checks the user (tests re-check every time)
    const owner = await exhibitor()
    const created = nextEvent<DomainEvent>(staff.socket, 'dashboard:update', (event) => event.action === 'created')
    const booth = await owner.submitBooth()
    expect((await created).id).toBe(booth.id)
    await flush(demoted.socket)
    expect(heard.filter((event) => event.id === booth.id)).toEqual([])
  })
})

describe('dashboard feed: who is online', () => {
  it('counts distinct users across all connections, and tells staff the new total', async () => {
    const staff = await connected('staff')
    const before = await onlineTotal()
    const twoTabs = await createUser()
    const told = nextEvent<{ online: number }>(staff.socket, 'dashboard:presence', (event) => event.online === before + 2)
    await connectAs(server.url(), twoTabs.token)
    await connectAs(server.url(), twoTabs.token)
    const other = await connected()
    expect(await onlineTotal()).toBe(before + 2)
    expect(await told).toEqual({ online: before + 2 })

    const gone = nextEvent<{ online: number }>(staff.socket, 'dashboard:presence', (event) => event.online === before + 1)
    other.socket.disconnect()
    expect(await gone).toEqual({ online: before + 1 })
  })

  it('lists a room’s members once each, by name and without email, to members only', async () => {
    const room = await createTestRoom()
    const member = await createUser()
    const first = await connectAs(server.url(), member.token)
    const second = await connectAs(server.url(), member.token)
    const staff = await connected('staff')
    for (const socket of [first, second, staff.socket]) expect((await request(socket, 'join_room', { room: room.id })).ok).toBe(true)

    const answer = await request(staff.socket, 'room_members', { room: room.id })
    const members = answer.members as RoomMemberJson[]
    expect(members).toHaveLength(2)
    expect(members).toEqual(
      expect.arrayContaining([
        { user_id: member.user.id, name: member.user.name },
        { user_id: staff.user.id, name: staff.user.name },
      ]),
    )
    expect(JSON.stringify(members)).not.toContain('@')

    const outsider = await connected()
    expect(await request(outsider.socket, 'room_members', { room: room.id })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await request(outsider.socket, 'room_members', { room: 'nope' })).toMatchObject({ ok: false, code: 'validation' })
  })
})
