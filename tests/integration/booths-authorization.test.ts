import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { boothFields, createBooth } from '../helpers/booths'
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
    expected: ownerOnly(200),
  },
  {
    route: 'GET /api/tradebooth/get-details-tradebooths',
    request: ({ headers }) => send(api(), 'GET', '/api/tradebooth/get-details-tradebooths', { headers }),
    expected: signedIn(200),
  },
  {
    route: 'GET /api/tradebooth/get-single-details-tradebooth',
    request: ({ headers, boothId }) => send(api(), 'GET', `/api/tradebooth/get-single-details-tradebooth?id=${boothId}`, { headers }),
    expected: signedIn(200),
  },
  {
    route: 'DELETE /api/tradebooth/delete-tradebooth',
    request: ({ headers, boothId }) => send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${boothId}`, { headers }),
    expected: ownerOnly(200),
  },
  {
    route: 'GET /api/tradebooth/status',
    request: ({ headers, boothId }) => send(api(), 'GET', `/api/tradebooth/status?id=${boothId}`, { headers }),
    expected: signedIn(200),
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
