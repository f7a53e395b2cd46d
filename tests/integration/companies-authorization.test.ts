import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { insertBooth } from '../helpers/booths'
import { createCompanyVia, uniqueCompanyName } from '../helpers/companies'
import { send } from '../helpers/http'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

type Caller = 'anonymous' | 'user' | 'owner' | 'other user' | 'staff' | 'admin' | 'deactivated'
const CALLERS: Caller[] = ['anonymous', 'user', 'owner', 'other user', 'staff', 'admin', 'deactivated']

/**
 * Every cell gets a fresh company (update and delete change it) owned by a fresh owner. `user` is a
 * plain user with no company; `other user` owns a company of their own, just not this one;
 * `deactivated` is the company's owner after being deactivated (their token must stop working).
 */
async function cell(caller: Caller): Promise<{ headers: Record<string, string>; companyId: string }> {
  const owner = await createUser()
  const company = await createCompanyVia(owner.bearer)
  const identities: Record<Caller, () => Promise<Record<string, string>>> = {
    anonymous: async () => ({}),
    user: async () => (await createUser()).bearer,
    owner: async () => owner.bearer,
    'other user': async () => {
      const other = await createUser()
      await createCompanyVia(other.bearer)
      return other.bearer
    },
    staff: async () => (await createUser({ role: 'staff' })).bearer,
    admin: async () => (await createUser({ role: 'admin' })).bearer,
    deactivated: async () => {
      await db().user.update({ where: { id: owner.user.id }, data: { isActive: false } })
      return owner.bearer
    },
  }
  return { headers: await identities[caller](), companyId: company.id }
}

interface Row {
  route: string
  request: (headers: Record<string, string>, companyId: string) => Promise<{ status: number }>
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

const ROWS: Row[] = [
  {
    route: 'POST /api/company/create-company',
    request: (headers) => send(api(), 'POST', '/api/company/create-company', { headers, body: form({ name: uniqueCompanyName('Matrix') }) }),
    expected: signedIn(201),
  },
  {
    route: 'PUT /api/company/update-company',
    request: (headers, id) => send(api(), 'PUT', `/api/company/update-company?id=${id}`, { headers, body: form({ location: 'Elsewhere' }) }),
    expected: ownerOnly(200),
  },
  {
    route: 'GET /api/company/get-details-companies',
    request: (headers) => send(api(), 'GET', '/api/company/get-details-companies', { headers }),
    expected: signedIn(200),
  },
  {
    route: 'GET /api/company/get-single-details-company',
    request: (headers, id) => send(api(), 'GET', `/api/company/get-single-details-company?id=${id}`, { headers }),
    expected: signedIn(200),
  },
  {
    route: 'DELETE /api/company/delete-company',
    request: (headers, id) => send(api(), 'DELETE', `/api/company/delete-company?id=${id}`, { headers }),
    expected: ownerOnly(200),
  },
]

describe('company routes: authorization matrix', () => {
  it('answers every route × caller as expected, and a refused change changes nothing', async () => {
    const actual: string[] = []
    const expected: string[] = []
    for (const row of ROWS) {
      for (const caller of CALLERS) {
        const { headers, companyId } = await cell(caller)
        const before = await db().company.findUnique({ where: { id: companyId } })
        const { status } = await row.request(headers, companyId)
        actual.push(`${row.route} as ${caller} → ${status}`)
        expected.push(`${row.route} as ${caller} → ${row.expected[caller]}`)
        if (status >= 400) expect(await db().company.findUnique({ where: { id: companyId } })).toEqual(before)
      }
    }
    expect(actual).toEqual(expected)
  })

  it('another user’s change answers a 403 envelope that leaks nothing about the owner', async () => {
    const owner = await createUser()
    const intruder = await createUser()
    const company = await createCompanyVia(owner.bearer)
    const answer = await send(api(), 'PUT', `/api/company/update-company?id=${company.id}`, { headers: intruder.bearer, body: form({ name: 'Taken over' }) })
    expect(answer.body).toMatchObject({ status: 403, data: null })
    expect(JSON.stringify(answer.body)).not.toContain(owner.user.email)
  })
})

/*
 * A company's embedded `booths` follow the booths' one visibility rule (visibleBoothsWhere): a
 * pending or rejected booth is listed only for its company's owner, staff and admins.
 */
describe('company view: embedded booths under review × callers', () => {
  type Viewer = 'anonymous' | 'user' | "another company's owner" | 'owner' | 'staff' | 'admin'
  const VIEWERS: Viewer[] = ['anonymous', 'user', "another company's owner", 'owner', 'staff', 'admin']

  it('lists a pending or rejected booth only for the owner, staff and admins', async () => {
    const owner = await createUser()
    const company = await createCompanyVia(owner.bearer)
    const other = await createUser()
    const theirs = await createCompanyVia(other.bearer)
    await insertBooth(theirs.id, { status: 'pending' })
    await insertBooth(company.id, { status: 'pending' })
    await insertBooth(company.id, { status: 'accepted' })
    const { booth: rejected } = await insertBooth(company.id, { status: 'rejected' })
    await db().tradeBooth.update({ where: { id: rejected.id }, data: { reason: 'Internal: competitor complained' } })
    const headers: Record<Viewer, Record<string, string>> = {
      anonymous: {},
      user: (await createUser()).bearer,
      "another company's owner": other.bearer,
      owner: owner.bearer,
      staff: (await createUser({ role: 'staff' })).bearer,
      admin: (await createUser({ role: 'admin' })).bearer,
    }
    const actual: string[] = []
    for (const viewer of VIEWERS) {
      const answer = await send<{ booths: { id: string; status: string }[] }>(api(), 'GET', `/api/company/get-single-details-company?id=${company.id}`, {
        headers: headers[viewer],
      })
      const seen =
        answer.status === 200
          ? answer.body.data.booths
              .map((booth) => booth.status)
              .sort()
              .join(',')
          : String(answer.status)
      actual.push(`${viewer} → ${seen}`)
      if (answer.status === 200 && !['owner', 'staff', 'admin'].includes(viewer)) expect(JSON.stringify(answer.body)).not.toContain('competitor')
    }
    expect(actual).toEqual([
      'anonymous → 401',
      'user → accepted',
      "another company's owner → accepted",
      'owner → accepted,pending,rejected',
      'staff → accepted,pending,rejected',
      'admin → accepted,pending,rejected',
    ])
  })
})
