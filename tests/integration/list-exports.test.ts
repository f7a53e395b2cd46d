// The dashboard's CSV exports walk the lists' own SQL (eachBooth, eachUser, eachCompany): for the same filter an
// export gives the list's items row for row (the booths' with their company's name, the companies'
// with their owner's email), across batch
// boundaries and ties, under the booth visibility rule, and a formula in a value is escaped.
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { csvDownload, csvRows } from '@/lib/csv/csv-export'
import { db } from '@/lib/db'
import type { KeysetPage } from '@/lib/pagination'
import type { BoothJson } from '@/lib/schemas/booths'
import type { UserJson } from '@/lib/schemas/users'
import { eachBooth } from '@/lib/services/booths/each-booth'
import { boothRowOf, boothsPageSql, type BoothSqlRow } from '@/lib/services/booths/list-booths-sql'
import { presentBooth } from '@/lib/services/booths/present-booth'
import { keysetBatches } from '@/lib/services/keyset-batches'
import { eachUser } from '@/lib/services/users/each-user'
import { eachCompany } from '@/lib/services/companies/each-company'
import type { CompanyJson } from '@/lib/schemas/companies'
import type { Page } from '@/lib/pagination'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

type Caller = Awaited<ReturnType<typeof createUser>>
let staff: Caller
let owner: Caller
let admin: Caller
const companyNames = new Map<string, string>()

/** Every item the list answers for `query`, following next_after, in the export's order (created_at). */
async function listed<T extends { id: string }>(caller: Caller, path: string, query: string): Promise<T[]> {
  const items: T[] = []
  let after: string | null = null
  do {
    const answer: { status: number; body: { data: KeysetPage<T> } } = await send<KeysetPage<T>>(
      api(),
      'GET',
      `${path}?${query}&sort=created_at&page_size=100${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      { headers: caller.bearer },
    )
    expect(answer.status).toBe(200)
    items.push(...answer.body.data.items)
    after = answer.body.data.next_after
  } while (after)
  return items
}

const all = async <T>(rows: AsyncIterable<T>) => {
  const seen: T[] = []
  for await (const row of rows) seen.push(row)
  return seen
}

const actorOf = (caller: Caller) => ({ id: caller.user.id, role: caller.user.role })

beforeAll(async () => {
  staff = await createUser({ role: 'staff' })
  admin = await createUser({ role: 'admin' })
  owner = await createUser()
  const stranger = await createUser()
  const own = await insertCompany(owner.user.id)
  const other = await insertCompany(stranger.user.id)
  // 12 more companies of the owner, creation instants tied in pairs, "Expo" in every third name.
  await db().company.createMany({
    data: Array.from({ length: 12 }, (_, i) => {
      const name = i % 3 ? `Listed company ${i}` : `Expo company ${i}`
      return { name, nameKey: name.toLowerCase(), ownerId: owner.user.id, createdAt: new Date(Date.UTC(2026, 8, 1, 0, Math.floor(i / 2))) }
    }),
  })
  companyNames.set(own.id, own.name).set(other.id, other.name)
  // 45 booths, creation instants tied in threes; "Expo" in a third of the titles, every status in both companies.
  const statuses = ['accepted', 'pending', 'rejected'] as const
  await db().tradeBooth.createMany({
    data: Array.from({ length: 45 }, (_, i) => ({
      companyId: i % 2 ? own.id : other.id,
      title: i === 3 ? '=HYPERLINK("http://evil") Expo' : i % 3 === 0 ? `Expo stand ${i}` : `Booth ${i}`,
      date: new Date('2026-12-04'),
      startsAt: new Date(Date.UTC(2026, 11, 4, 8 + (i % 8))),
      endsAt: new Date(Date.UTC(2026, 11, 4, 18)),
      location: `Hall ${i}`,
      status: statuses[Math.floor(i / 3) % 3],
      createdAt: new Date(Date.UTC(2026, 10, 1, 0, Math.floor(i / 3))),
    })),
  })
  // 36 users, every role, active and not, creation instants tied in fours.
  await db().user.createMany({
    data: Array.from({ length: 36 }, (_, i) => ({
      email: `exported${String(i).padStart(2, '0')}@export.example`,
      name: i % 5 === 0 ? null : `Exported ${i}`,
      role: (['user', 'staff', 'admin'] as const)[i % 3],
      isActive: i % 4 !== 0,
      emailVerified: i % 2 ? new Date() : null,
      createdAt: new Date(Date.UTC(2026, 9, 1, 0, Math.floor(i / 4))),
    })),
  })
})

describe('the booths export', () => {
  for (const [who, query] of [
    ['staff', 'q=expo&status=pending'],
    ['staff', 'q=EXPO'],
    ['staff', 'status=accepted'],
    ['owner', 'q=expo'],
    ['owner', ''],
  ] as const) {
    it(`gives the list's items row for row, ${who}, ${query || 'no filter'}`, async () => {
      const caller = who === 'staff' ? staff : owner
      const filter = Object.fromEntries(new URLSearchParams(query))
      const expected = await listed<BoothJson>(caller, '/api/tradebooth/get-details-tradebooths', query)
      const exported = await all(eachBooth(actorOf(caller), filter))
      expect(expected.length).toBeGreaterThan(0)
      expect(exported).toEqual(expected.map((booth) => ({ ...booth, company_name: companyNames.get(booth.company_id) })))
    })
  }

  it('walks batch boundaries and ties without a gap or a repeat', async () => {
    const sql = (window: Parameters<typeof boothsPageSql>[2]) => boothsPageSql(actorOf(staff), {}, window)
    const small = await all(keysetBatches('created_at', sql, (row: BoothSqlRow) => presentBooth(boothRowOf(row)), 4))
    const whole = await all(eachBooth(actorOf(staff), {}))
    expect(small.map((booth) => booth.id)).toEqual(whole.map((booth) => booth.id))
    expect(new Set(small.map((booth) => booth.id)).size).toBe(45)
  })

  it('escapes a formula in a value', async () => {
    const response = csvDownload(
      csvRows(eachBooth(actorOf(staff), { q: 'HYPERLINK' }), ['id', 'title', 'company_name']),
      ['id', 'title', 'company_name'],
      'booths',
    )
    const lines = (await response.text()).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/^[0-9a-f-]{36},"?'=HYPERLINK/)
  })
})

describe('the users export', () => {
  for (const query of ['role=staff&active=false', 'role=user&active=true', 'q=export.example&verified=false', 'q=EXPORTED 1&role=admin&active=true', '']) {
    it(`gives the list's items row for row, ${query || 'no filter'}`, async () => {
      const expected = await listed<UserJson>(admin, '/api/auth/all-users-data', query)
      const params = new URLSearchParams(query)
      const flag = (name: string) => (params.has(name) ? params.get(name) === 'true' : undefined)
      const filter = { q: params.get('q') ?? undefined, role: params.get('role') ?? undefined, active: flag('active'), verified: flag('verified') }
      const exported = await all(eachUser(filter))
      expect(expected.length).toBeGreaterThan(0)
      expect(exported).toEqual(expected)
    })
  }
})

describe('the companies export', () => {
  /** Every company the list answers for `query`, page by page, oldest first. */
  async function pagedCompanies(query: string): Promise<CompanyJson[]> {
    const items: CompanyJson[] = []
    for (let page = 1; ; page++) {
      const answer = await send<Page<CompanyJson>>(api(), 'GET', `/api/company/get-details-companies?${query}&sort=created_at&page_size=5&page=${page}`, {
        headers: staff.bearer,
      })
      expect(answer.status).toBe(200)
      items.push(...answer.body.data.items)
      if (items.length >= answer.body.data.total) return items
    }
  }

  for (const query of ['q=expo', `owner_id=OWNER`, '']) {
    it(`gives the list's items row for row, with the owner's email, ${query || 'no filter'}`, async () => {
      const resolved = query.replace('OWNER', owner.user.id)
      const expected = await pagedCompanies(resolved)
      const params = new URLSearchParams(resolved)
      const exported = await all(eachCompany({ q: params.get('q') ?? undefined, owner_id: params.get('owner_id') ?? undefined }))
      expect(expected.length).toBeGreaterThan(query ? 2 : 13)
      const emails = new Map((await db().user.findMany({ select: { id: true, email: true } })).map((user) => [user.id, user.email]))
      expect(exported).toEqual(expected.map((company) => ({ ...company, owner_email: emails.get(company.owner_id) })))
    })
  }
})
