// Issue 16 §2: deleting a booth moves it to a 30-day trash. While there it is gone for every reader
// exactly as a deleted booth was (404, absent from lists, totals, exports, the calendar, the review
// queue, rooms and the overview; its files unserved); a restore brings all of it back; the purge
// removes it for good after 30 days. Only whoever could delete it may restore it.
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { eachBooth } from '@/lib/services/booths/each-booth'
import { deleteBooth } from '@/lib/services/booths/delete-booth'
import { boothsInRange } from '@/lib/services/booths/booths-in-range'
import { findConflicts } from '@/lib/services/booths/find-conflicts'
import { listTrashedBooths } from '@/lib/services/booths/list-trashed-booths'
import { purgeBooth, purgeExpiredBooths } from '@/lib/services/booths/purge-booths'
import { restoreBooth } from '@/lib/services/booths/restore-booth'
import { countPendingBooths, listReviewQueue } from '@/lib/services/booths/review-queue'
import { getOverview } from '@/lib/services/overview/get-overview'
import { boothFields, createBooth, createBoothVia, insertBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

type Caller = Awaited<ReturnType<typeof createUser>>
const DAY_MS = 86_400_000

let owner: Caller
let stranger: Caller
let staff: Caller
let admin: Caller
let companyId: string

beforeAll(async () => {
  owner = await createUser()
  stranger = await createUser()
  staff = await createUser({ role: 'staff' })
  admin = await createUser({ role: 'admin' })
  companyId = (await insertCompany(owner.user.id)).id
})

interface Target {
  id: string
  title: string
  status: BoothStatus
  roomId: string
  fileIds: string[]
  location: string
  startsAt: Date
  endsAt: Date
}

/** A booth with a room holding a message, and an image and a PDF. */
async function target(status: BoothStatus): Promise<Target> {
  const { booth, files } = await insertBooth(companyId, { status, ownerId: owner.user.id })
  const title = `Trash ${status} ${booth.id.slice(-6)}`
  const location = `Hall T-${booth.id.slice(-6)}`
  await db().tradeBooth.update({ where: { id: booth.id }, data: { title, location } })
  const room = await db().room.create({ data: { name: `${title} room`, kind: 'booth', boothId: booth.id } })
  await db().message.create({ data: { roomId: room.id, seq: 1, userId: owner.user.id, body: 'hello' } })
  return { id: booth.id, title, status, roomId: room.id, fileIds: files.map((file) => file.id), location, startsAt: booth.startsAt, endsAt: booth.endsAt }
}

const status = async (method: string, path: string, caller: Caller) => (await send(api(), method, path, { headers: caller.bearer })).status
const listed = async (path: string, caller: Caller, id: string) => {
  const answer = await send<{ items: { id: string }[] }>(api(), 'GET', path, { headers: caller.bearer })
  expect(answer.status).toBe(200)
  return answer.body.data.items.some((item) => item.id === id)
}
const served = async (fileId: string, caller: Caller) =>
  (await api().request(new Request(`http://localhost:3000/api/media/${fileId}`, { headers: caller.bearer }))).status
const total = async (path: string, caller: Caller) => (await send<{ total: number }>(api(), 'GET', path, { headers: caller.bearer })).body.data.total

/** Where a booth shows, as `caller` reads it: every read path, one line each. */
async function readPaths(t: Target, caller: Caller): Promise<Record<string, string | boolean | number>> {
  const q = encodeURIComponent(t.title)
  const company = await send<{ booths: { id: string }[] }>(api(), 'GET', `/api/company/get-single-details-company?id=${companyId}`, { headers: caller.bearer })
  const exported: string[] = []
  for await (const booth of eachBooth(caller.user, { q: t.title })) exported.push(booth.id)
  const calendar = await boothsInRange(caller.user, { from: '2026-11-01', to: '2026-12-31' })
  const conflicts = await findConflicts({ location: t.location, startsAt: t.startsAt, endsAt: t.endsAt }, caller.user)
  return {
    single: await status('GET', `/api/tradebooth/get-single-details-tradebooth?id=${t.id}`, caller),
    status: await status('GET', `/api/tradebooth/status?id=${t.id}`, caller),
    search: await listed(`/api/tradebooth/get-details-tradebooths?q=${q}`, caller, t.id),
    byStatus: await listed(`/api/tradebooth/get-details-tradebooths?status=${t.status}&q=${q}`, caller, t.id),
    byCompany: await listed(`/api/tradebooth/get-details-tradebooths?company_id=${companyId}&page_size=100`, caller, t.id),
    companyBooths: company.body.data.booths.some((booth) => booth.id === t.id),
    export: exported.includes(t.id),
    calendar: calendar.some((booth) => booth.id === t.id),
    conflicts: conflicts.some((booth) => booth.booth_id === t.id),
    rooms: await listed(`/api/rooms?q=${encodeURIComponent(`${t.title} room`)}`, caller, t.roomId),
    join: String((await send(api(), 'POST', '/api/join-rooms', { headers: caller.bearer, json: { room: t.roomId } })).status),
    messages: await status('GET', `/api/rooms/messages?room=${t.roomId}`, caller),
    image: await served(t.fileIds[0]!, caller),
    pdf: await served(t.fileIds[1]!, caller),
  }
}

const visibleAs = (readable: number) => ({
  single: readable,
  status: readable,
  search: true,
  byStatus: true,
  byCompany: true,
  companyBooths: true,
  export: true,
  calendar: true,
  conflicts: true,
  rooms: true,
  join: '200',
  messages: readable,
  image: 200,
  pdf: 200,
})
const GONE = {
  single: 404,
  status: 404,
  search: false,
  byStatus: false,
  byCompany: false,
  companyBooths: false,
  export: false,
  calendar: false,
  conflicts: false,
  rooms: false,
  join: '404',
  messages: 404,
  image: 404,
  pdf: 404,
}

describe('a booth in the trash', () => {
  it.each(['accepted', 'pending'] as const)('a %s booth is gone on every read path for staff and its owner, and back after a restore', async (boothStatus) => {
    const t = await target(boothStatus)
    for (const caller of [staff, owner]) expect(await readPaths(t, caller)).toMatchObject(visibleAs(200))

    const answer = await send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${t.id}`, { headers: owner.bearer })
    expect(answer).toMatchObject({ status: 200, body: { status: 200, data: null } })
    for (const caller of [staff, owner, stranger]) expect(await readPaths(t, caller)).toEqual(GONE)

    await restoreBooth(owner.user, t.id)
    for (const caller of [staff, owner]) expect(await readPaths(t, caller)).toMatchObject(visibleAs(200))
    // The room and its message came back with it.
    expect(await db().message.count({ where: { roomId: t.roomId } })).toBe(1)
  })

  it('leaves totals, the review queue and the overview as a delete would, and a restore puts them back', async () => {
    const pending = await target('pending')
    const counts = async () => {
      const overview = await getOverview(staff.user)
      const queue = await listReviewQueue(staff.user, { page: 1, page_size: 100 })
      return {
        all: await total('/api/tradebooth/get-details-tradebooths', staff),
        pending: await total('/api/tradebooth/get-details-tradebooths?status=pending', staff),
        company: await total(`/api/tradebooth/get-details-tradebooths?company_id=${companyId}`, owner),
        queue: queue.total,
        inQueue: queue.items.some((item) => item.id === pending.id),
        badge: await countPendingBooths(),
        overviewPending: overview.totals.booths.pending,
        overviewRooms: overview.totals.rooms,
        overviewMessages: overview.totals.messages,
      }
    }
    const before = await counts()
    expect(before.inQueue).toBe(true)
    await deleteBooth(staff.user, pending.id)
    expect(await counts()).toEqual({
      all: before.all - 1,
      pending: before.pending - 1,
      company: before.company - 1,
      queue: before.queue - 1,
      inQueue: false,
      badge: before.badge - 1,
      overviewPending: before.overviewPending - 1,
      overviewRooms: before.overviewRooms - 1,
      overviewMessages: before.overviewMessages - 1,
    })
    await restoreBooth(staff.user, pending.id)
    expect(await counts()).toEqual(before)
  })

  it('lets its owner, staff and admins restore it; anyone else gets a 404 and it stays in the trash', async () => {
    const t = await target('accepted')
    for (const restorer of [owner, staff, admin]) {
      await deleteBooth(staff.user, t.id)
      await expect(restoreBooth(stranger.user, t.id)).rejects.toMatchObject({ code: 'not_found', message: 'Booth not found' })
      expect(await db().tradeBooth.findUnique({ where: { id: t.id }, select: { deletedAt: true } })).toEqual({ deletedAt: expect.any(Date) })
      await expect(restoreBooth(restorer.user, t.id)).resolves.toEqual({ id: t.id, title: t.title })
    }
    // A booth not in the trash cannot be restored.
    await expect(restoreBooth(owner.user, t.id)).rejects.toMatchObject({ code: 'not_found' })
    const actions = await db().auditLog.findMany({
      where: { entityId: t.id, action: { in: ['booth.deleted', 'booth.restored'] } },
      orderBy: { createdAt: 'asc' },
    })
    expect(actions.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['booth.deleted', staff.user.id],
      ['booth.restored', owner.user.id],
      ['booth.deleted', staff.user.id],
      ['booth.restored', staff.user.id],
      ['booth.deleted', staff.user.id],
      ['booth.restored', admin.user.id],
    ])
  })

  it('does not block a new booth just like it; restoring it then is refused with 409', async () => {
    const fields = boothFields(companyId)
    const first = await createBooth(owner.bearer, fields)
    await deleteBooth(owner.user, first.id)
    const twin = await createBoothVia(owner.bearer, fields)
    expect(twin.status).toBe(201)
    await expect(restoreBooth(owner.user, first.id)).rejects.toMatchObject({ code: 'conflict', errors: { title: [expect.any(String)] } })
    expect(await db().tradeBooth.findUnique({ where: { id: first.id }, select: { deletedAt: true } })).toEqual({ deletedAt: expect.any(Date) })
  })

  it('is listed in the trash for those who may restore it, with the days left', async () => {
    const t = await target('pending')
    const now = new Date()
    await deleteBooth(staff.user, t.id, new Date(now.getTime() - 10 * DAY_MS))
    const mine = await listTrashedBooths(owner.user, now)
    expect(mine.find((row) => row.id === t.id)).toMatchObject({ title: t.title, status: 'pending', daysLeft: 20, deletedBy: staff.user.name })
    expect((await listTrashedBooths(staff.user, now)).some((row) => row.id === t.id)).toBe(true)
    expect((await listTrashedBooths(stranger.user, now)).some((row) => row.id === t.id)).toBe(false)
  })
})

describe('the purge', () => {
  it('removes booths 30 days in the trash (row, room, messages, files), not younger ones; audited; no restore after', async () => {
    const old = await target('accepted')
    const young = await target('accepted')
    const now = new Date()
    await deleteBooth(staff.user, old.id, new Date(now.getTime() - 31 * DAY_MS))
    await deleteBooth(staff.user, young.id, new Date(now.getTime() - 29 * DAY_MS))
    expect(await purgeExpiredBooths(now)).toBe(1)
    expect(await db().tradeBooth.count({ where: { id: old.id } })).toBe(0)
    expect(await db().room.count({ where: { id: old.roomId } })).toBe(0)
    expect(await db().message.count({ where: { roomId: old.roomId } })).toBe(0)
    expect(await db().storedFile.count({ where: { id: { in: old.fileIds } } })).toBe(0)
    expect(await db().auditLog.count({ where: { entityId: old.id, action: 'booth.purged', actorId: null } })).toBe(1)
    expect(await db().tradeBooth.count({ where: { id: young.id } })).toBe(1)
    expect(await db().storedFile.count({ where: { id: { in: young.fileIds } } })).toBe(2)
    await expect(restoreBooth(staff.user, old.id)).rejects.toMatchObject({ code: 'not_found' })
    // Past its 30 days but not yet purged: no longer restorable either.
    await expect(restoreBooth(staff.user, young.id, new Date(now.getTime() + 2 * DAY_MS))).rejects.toMatchObject({ code: 'not_found' })
  })

  it("lets an admin delete a trashed booth for good at once; staff may not; a live booth can't be", async () => {
    const t = await target('accepted')
    await expect(purgeBooth(admin.user, t.id)).rejects.toMatchObject({ code: 'not_found' })
    await deleteBooth(staff.user, t.id)
    await expect(purgeBooth(staff.user, t.id)).rejects.toMatchObject({ code: 'forbidden' })
    await purgeBooth(admin.user, t.id)
    expect(await db().tradeBooth.count({ where: { id: t.id } })).toBe(0)
    expect(await db().auditLog.count({ where: { entityId: t.id, action: 'booth.purged', actorId: admin.user.id } })).toBe(1)
  })
})
