import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { boothFields, createBooth, insertBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

type Caller = 'anonymous' | 'user' | 'owner' | 'other user' | 'staff' | 'admin' | 'deactivated'
const CALLERS: Caller[] = ['anonymous', 'user', 'owner', 'other user', 'staff', 'admin', 'deactivated']

interface Cell {
  headers: Record<string, string>
  companyId: string
  boothId: string
}

/**
 * Every cell gets a fresh company and booth owned by a fresh owner. `user` has no company; `other
 * user` owns a company and a booth of their own, just not these; `deactivated` is the owner after
 * being deactivated (their token must stop working).
 */
async function cell(caller: Caller): Promise<Cell> {
  const owner = await createUser()
  const company = await insertCompany(owner.user.id)
  const booth = await createBooth(owner.bearer, boothFields(company.id))
  const identities: Record<Caller, () => Promise<Record<string, string>>> = {
    anonymous: async () => ({}),
    user: async () => (await createUser()).bearer,
    owner: async () => owner.bearer,
    'other user': async () => {
      const other = await createUser()
      const theirs = await insertCompany(other.user.id)
      await createBooth(other.bearer, boothFields(theirs.id))
      return other.bearer
    },
    staff: async () => (await createUser({ role: 'staff' })).bearer,
    admin: async () => (await createUser({ role: 'admin' })).bearer,
    deactivated: async () => {
      await db().user.update({ where: { id: owner.user.id }, data: { isActive: false } })
      return owner.bearer
    },
  }
  return { headers: await identities[caller](), companyId: company.id, boothId: booth.id }
}

interface Row {
  route: string
  request: (cell: Cell) => Promise<{ status: number }>
  expected: Record<Caller, number>
}

const signedIn = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  user: status,
  owner: status,
  'other user': status,
  staff: status,
  admin: status,
  deactivated: 401,
})
const ownerOnly = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  user: 403,
  owner: status,
  'other user': 403,
  staff: status,
  admin: status,
  deactivated: 401,
})
/** The cell's booth is pending: to anyone but its owner, staff and admins it does not exist (404). */
const visibleOnly = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  user: 404,
  owner: status,
  'other user': 404,
  staff: status,
  admin: status,
  deactivated: 401,
})
// Reviewing is refused by role before any booth is looked up: the same 403 for every id, so it tells nothing.
const staffOnly = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  user: 403,
  owner: 403,
  'other user': 403,
  staff: status,
  admin: status,
  deactivated: 401,
})

const ROWS: Row[] = [
  {
    // Into the owner's company: only its owner (or staff) may add booths there.
    route: 'POST /api/tradebooth/create-tradebooth',
    request: ({ headers, companyId }) => send(api(), 'POST', '/api/tradebooth/create-tradebooth', { headers, body: form(boothFields(companyId)) }),
    expected: ownerOnly(201),
  },
  {
    route: 'PUT /api/tradebooth/update-tradebooth',
    request: ({ headers, boothId }) =>
      send(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${boothId}`, { headers, body: form({ description: 'Changed' }) }),
    expected: visibleOnly(200),
  },
  {
    route: 'GET /api/tradebooth/get-details-tradebooths',
    request: ({ headers }) => send(api(), 'GET', '/api/tradebooth/get-details-tradebooths', { headers }),
    expected: signedIn(200),
  },
  {
    route: 'GET /api/tradebooth/get-single-details-tradebooth',
    request: ({ headers, boothId }) => send(api(), 'GET', `/api/tradebooth/get-single-details-tradebooth?id=${boothId}`, { headers }),
    expected: visibleOnly(200),
  },
  {
    route: 'DELETE /api/tradebooth/delete-tradebooth',
    request: ({ headers, boothId }) => send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${boothId}`, { headers }),
    expected: visibleOnly(200),
  },
  {
    route: 'GET /api/tradebooth/status',
    request: ({ headers, boothId }) => send(api(), 'GET', `/api/tradebooth/status?id=${boothId}`, { headers }),
    expected: visibleOnly(200),
  },
  {
    route: 'PATCH /api/tradebooth/status',
    request: ({ headers, boothId }) => send(api(), 'PATCH', `/api/tradebooth/status?id=${boothId}`, { headers, json: { status: 'accepted' } }),
    expected: staffOnly(200),
  },
  {
    route: 'PUT /api/tradebooth/status',
    request: ({ headers, boothId }) => send(api(), 'PUT', `/api/tradebooth/status?id=${boothId}`, { headers, json: { status: 'rejected', reason: 'No' } }),
    expected: staffOnly(200),
  },
]

describe('trade booth authorization matrix', () => {
  const cases = ROWS.flatMap((row) => CALLERS.map((caller) => [row.route, caller, row.expected[caller], row] as const))

  it.each(cases)('%s as %s → %i', async (_route, caller, expected, row) => {
    const target = await cell(caller)
    const before = await db().tradeBooth.findUniqueOrThrow({ where: { id: target.boothId }, select: { status: true, description: true } })
    const answer = await row.request(target)
    expect(answer.status).toBe(expected)
    if (expected >= 400) {
      // A refused change changed nothing.
      const after = await db().tradeBooth.findUnique({ where: { id: target.boothId }, select: { status: true, description: true } })
      expect(after).toEqual(before)
      expect(await db().tradeBooth.count({ where: { companyId: target.companyId } })).toBe(1)
    }
  })

  it("refuses a plain user's booth for someone else's company even with extra owner fields", async () => {
    const { companyId } = await cell('owner')
    const intruder = await createUser()
    const answer = await send(api(), 'POST', '/api/tradebooth/create-tradebooth', {
      headers: intruder.bearer,
      body: form({ ...boothFields(companyId), created_by_id: intruder.user.id }),
    })
    expect(answer.status).toBe(400)
    const plain = await send(api(), 'POST', '/api/tradebooth/create-tradebooth', { headers: intruder.bearer, body: form(boothFields(companyId)) })
    expect(plain.status).toBe(403)
  })

  it("refuses moving a booth into someone else's company", async () => {
    const mine = await cell('owner')
    const other = await createUser()
    const theirs = await insertCompany(other.user.id)
    const answer = await send(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${mine.boothId}`, {
      headers: mine.headers,
      body: form({ company_id: theirs.id }),
    })
    expect(answer.status).toBe(403)
  })
})

/*
 * What is under review stays between the owner and staff: a pending or rejected booth (and its
 * room) exists only for its company's owner, staff and admins — on every read path, under every
 * filter, in every total. An accepted booth is the control: every signed-in caller sees it.
 */
describe('booth visibility: pending and rejected booths × callers × read paths', () => {
  type Viewer = 'anonymous' | 'user' | "another company's owner" | 'owner' | 'staff' | 'admin'
  const VIEWERS: Viewer[] = ['anonymous', 'user', "another company's owner", 'owner', 'staff', 'admin']
  const STATUSES: BoothStatus[] = ['pending', 'rejected', 'accepted']
  const REASON = 'Internal: competitor complained about the brochure'
  const tag = `vis${Date.now().toString(36)}`

  interface Fixture {
    headers: Record<Viewer, Record<string, string>>
    companyId: string
    booths: Record<BoothStatus, { id: string; title: string; roomId: string; roomName: string }>
  }

  async function fixture(): Promise<Fixture> {
    const owner = await createUser()
    const company = await insertCompany(owner.user.id)
    const other = await createUser()
    const theirs = await insertCompany(other.user.id)
    await insertBooth(theirs.id, { status: 'accepted' })
    const booths = {} as Fixture['booths']
    for (const status of STATUSES) {
      const { booth } = await insertBooth(company.id, { status })
      const title = `${tag} ${status} booth`
      // A booth that went back to pending (or was rejected) after acceptance keeps its room.
      await db().tradeBooth.update({ where: { id: booth.id }, data: { title, reason: status === 'rejected' ? REASON : null } })
      const roomName = `${tag} ${status} room`
      const room = await db().room.create({ data: { name: roomName, kind: 'booth', boothId: booth.id } })
      await db().message.create({ data: { roomId: room.id, seq: 1, userId: owner.user.id, body: 'hello' } })
      booths[status] = { id: booth.id, title, roomId: room.id, roomName }
    }
    const headers: Record<Viewer, Record<string, string>> = {
      anonymous: {},
      user: (await createUser()).bearer,
      "another company's owner": other.bearer,
      owner: owner.bearer,
      staff: (await createUser({ role: 'staff' })).bearer,
      admin: (await createUser({ role: 'admin' })).bearer,
    }
    return { headers, companyId: company.id, booths }
  }

  const sees = (viewer: Viewer, status: BoothStatus) => status === 'accepted' || viewer === 'owner' || viewer === 'staff' || viewer === 'admin'

  type Probe = (f: Fixture, viewer: Viewer, status: BoothStatus) => Promise<string>
  const listed = async (path: string, headers: Record<string, string>, id: string): Promise<string> => {
    const answer = await send<{ items: { id: string }[] }>(api(), 'GET', path, { headers })
    if (answer.status !== 200) return String(answer.status)
    return answer.body.data.items.some((item) => item.id === id) ? 'listed' : 'absent'
  }
  const q = (text: string) => encodeURIComponent(text)
  const PATHS: Record<string, Probe> = {
    'GET get-details-tradebooths?q=': (f, v, s) => listed(`/api/tradebooth/get-details-tradebooths?q=${q(f.booths[s].title)}`, f.headers[v], f.booths[s].id),
    'GET get-details-tradebooths?status=': (f, v, s) =>
      listed(`/api/tradebooth/get-details-tradebooths?status=${s}&q=${q(f.booths[s].title)}`, f.headers[v], f.booths[s].id),
    'GET get-details-tradebooths?company_id=': (f, v, s) =>
      listed(`/api/tradebooth/get-details-tradebooths?company_id=${f.companyId}&page_size=100`, f.headers[v], f.booths[s].id),
    'GET get-details-tradebooths?date_from=&date_to=': (f, v, s) =>
      listed(`/api/tradebooth/get-details-tradebooths?date_from=2026-11-24&date_to=2026-11-24&q=${q(f.booths[s].title)}`, f.headers[v], f.booths[s].id),
    'GET get-single-details-tradebooth': async (f, v, s) =>
      String((await send(api(), 'GET', `/api/tradebooth/get-single-details-tradebooth?id=${f.booths[s].id}`, { headers: f.headers[v] })).status),
    'GET tradebooth/status': async (f, v, s) =>
      String((await send(api(), 'GET', `/api/tradebooth/status?id=${f.booths[s].id}`, { headers: f.headers[v] })).status),
    'GET company/get-single-details-company (booths)': async (f, v, s) => {
      const answer = await send<{ booths: { id: string }[] }>(api(), 'GET', `/api/company/get-single-details-company?id=${f.companyId}`, {
        headers: f.headers[v],
      })
      if (answer.status !== 200) return String(answer.status)
      return answer.body.data.booths.some((booth) => booth.id === f.booths[s].id) ? 'listed' : 'absent'
    },
    'GET rooms?q=': (f, v, s) => listed(`/api/rooms?q=${q(f.booths[s].roomName)}`, f.headers[v], f.booths[s].roomId),
    'POST join-rooms': async (f, v, s) =>
      String((await send(api(), 'POST', '/api/join-rooms', { headers: f.headers[v], json: { room: f.booths[s].roomId } })).status),
    'GET rooms/messages': async (f, v, s) =>
      String((await send(api(), 'GET', `/api/rooms/messages?room=${f.booths[s].roomId}`, { headers: f.headers[v] })).status),
    'GET leave-room': async (f, v, s) => String((await send(api(), 'GET', `/api/leave-room?room=${f.booths[s].roomId}`, { headers: f.headers[v] })).status),
  }
  const LISTS = new Set([
    'GET get-details-tradebooths?q=',
    'GET get-details-tradebooths?status=',
    'GET get-details-tradebooths?company_id=',
    'GET get-details-tradebooths?date_from=&date_to=',
    'GET company/get-single-details-company (booths)',
    'GET rooms?q=',
  ])
  const expectedOf = (path: string, viewer: Viewer, status: BoothStatus) => {
    if (viewer === 'anonymous') return '401'
    if (LISTS.has(path)) return sees(viewer, status) ? 'listed' : 'absent'
    return sees(viewer, status) ? '200' : '404'
  }

  let f: Fixture
  it('answers every read path × status × caller by one rule', async () => {
    f = await fixture()
    const actual: string[] = []
    const expected: string[] = []
    for (const [path, probe] of Object.entries(PATHS)) {
      for (const status of STATUSES) {
        for (const viewer of VIEWERS) {
          actual.push(`${path} [${status}] as ${viewer} → ${await probe(f, viewer, status)}`)
          expected.push(`${path} [${status}] as ${viewer} → ${expectedOf(path, viewer, status)}`)
        }
      }
    }
    expect(actual).toEqual(expected)
  })

  it('counts in totals only what the caller may see', async () => {
    const totals: Record<string, number> = {}
    for (const viewer of VIEWERS.filter((v) => v !== 'anonymous')) {
      const answer = await send<{ total: number }>(api(), 'GET', `/api/tradebooth/get-details-tradebooths?company_id=${f.companyId}`, {
        headers: f.headers[viewer],
      })
      totals[viewer] = answer.body.data.total
      const rejected = await send<{ total: number }>(api(), 'GET', `/api/tradebooth/get-details-tradebooths?company_id=${f.companyId}&status=rejected`, {
        headers: f.headers[viewer],
      })
      totals[`${viewer}, status=rejected`] = rejected.body.data.total
    }
    expect(totals).toEqual({
      user: 1,
      'user, status=rejected': 0,
      "another company's owner": 1,
      "another company's owner, status=rejected": 0,
      owner: 3,
      'owner, status=rejected': 1,
      staff: 3,
      'staff, status=rejected': 1,
      admin: 3,
      'admin, status=rejected': 1,
    })
  })

  it("never shows a stranger the reviewer's reason; the owner and staff read it", async () => {
    const path = `/api/tradebooth/status?id=${f.booths.rejected.id}`
    const stranger = await send(api(), 'GET', path, { headers: f.headers.user })
    expect(stranger.status).toBe(404)
    expect(stranger.body).toMatchObject({ status: 404, data: null })
    expect(JSON.stringify(stranger.body)).not.toContain(REASON)
    for (const viewer of ['owner', 'staff'] as const) {
      const answer = await send(api(), 'GET', path, { headers: f.headers[viewer] })
      expect(answer.body).toMatchObject({ status: 200, data: { id: f.booths.rejected.id, status: 'rejected', reason: REASON } })
    }
  })

  it("answers 404 to a stranger's change of a booth under review, 403 to one of an accepted booth (review: 403 by role, whatever the booth)", async () => {
    const changes = (id: string) => ({
      update: () => send(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${id}`, { headers: f.headers.user, body: form({ description: 'Mine now' }) }),
      delete: () => send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${id}`, { headers: f.headers.user }),
      review: () => send(api(), 'PATCH', `/api/tradebooth/status?id=${id}`, { headers: f.headers["another company's owner"], json: { status: 'accepted' } }),
    })
    const actual: string[] = []
    for (const status of STATUSES) {
      for (const [verb, request] of Object.entries(changes(f.booths[status].id))) actual.push(`${verb} [${status}] → ${(await request()).status}`)
    }
    expect(actual).toEqual([
      'update [pending] → 404',
      'delete [pending] → 404',
      'review [pending] → 403',
      'update [rejected] → 404',
      'delete [rejected] → 404',
      'review [rejected] → 403',
      'update [accepted] → 403',
      'delete [accepted] → 403',
      'review [accepted] → 403',
    ])
  })

  it("warns an exhibitor of clashes with booths they may see, never of another company's booth under review", async () => {
    const exhibitor = await createUser()
    const mine = await insertCompany(exhibitor.user.id)
    const rival = await createUser()
    const theirs = await insertCompany(rival.user.id)
    const location = `${tag} Hall Z`
    const slot = { date: '2026-11-24', start_time: '09:30', end_time: '11:00', location }
    const hidden = await createBooth(rival.bearer, boothFields(theirs.id, slot))
    const shown = await createBooth(rival.bearer, boothFields(theirs.id, { ...slot, start_time: '10:00' }))
    await db().tradeBooth.update({ where: { id: shown.id }, data: { status: 'accepted' } })
    const created = await createBooth(exhibitor.bearer, boothFields(mine.id, slot))
    expect(created.warnings.map((warning) => warning.booth_id)).toEqual([shown.id])
    const staff = await createUser({ role: 'staff' })
    const byStaff = await createBooth(staff.bearer, boothFields(mine.id, { ...slot, title: `${tag} by staff` }))
    expect(byStaff.warnings.map((warning) => warning.booth_id).sort()).toEqual([hidden.id, shown.id, created.id].sort())
  })
})
