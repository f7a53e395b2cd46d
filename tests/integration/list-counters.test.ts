// The list totals of issue 14 §1: counters kept by triggers stay exact through every kind of write,
// the answers' `total` equals an exact count for each filter the counters serve (under the booth
// visibility rule), and filters without counters are counted up to TOTAL_CAP with `total_capped`.
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { TOTAL_CAP } from '@/lib/keyset'
import type { CappedPage, KeysetPage } from '@/lib/pagination'
import type { RoomJson } from '@/lib/schemas/rooms'
import type { BoothJson } from '@/lib/schemas/booths'
import type { UserJson } from '@/lib/schemas/users'
import { withVisibleBooths } from '@/lib/services/booths/booth-visibility'
import { deleteBooth } from '@/lib/services/booths/delete-booth'
import { purgeExpiredBooths } from '@/lib/services/booths/purge-booths'
import { restoreBooth } from '@/lib/services/booths/restore-booth'
import { boothFields, createBooth } from '../helpers/booths'
import { createCompanyVia, insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

type Caller = Awaited<ReturnType<typeof createUser>>
let staff: Caller
let owner: Caller
let other: Caller
let admin: Caller

const booths = (caller: Caller, query: string) =>
  send<KeysetPage<BoothJson>>(api(), 'GET', `/api/tradebooth/get-details-tradebooths${query}`, { headers: caller.bearer })
const users = (query: string) => send<KeysetPage<UserJson>>(api(), 'GET', `/api/auth/all-users-data${query}`, { headers: admin.bearer })

/** Every counter row equals a GROUP BY over the table it counts (no row of zero left behind for a company). */
async function expectCountersExact() {
  const prisma = db()
  const byStatus = await prisma.$queryRaw<Array<{ status: string; n: number }>>`
    SELECT status::text, count(*)::int AS n FROM trade_booths WHERE deleted_at IS NULL GROUP BY status ORDER BY status`
  const statusCounters = await prisma.$queryRaw<Array<{ status: string; n: number }>>`
    SELECT status::text, count AS n FROM booth_status_counts WHERE count <> 0 ORDER BY status`
  expect(statusCounters).toEqual(byStatus)
  const byCompany = await prisma.$queryRaw<Array<{ company_id: string; status: string; n: number }>>`
    SELECT company_id::text, status::text, count(*)::int AS n FROM trade_booths WHERE deleted_at IS NULL GROUP BY company_id, status ORDER BY 1, 2`
  const companyCounters = await prisma.$queryRaw<Array<{ company_id: string; status: string; n: number }>>`
    SELECT company_id::text, status::text, count AS n FROM company_booth_counts ORDER BY 1, 2`
  expect(companyCounters).toEqual(byCompany)
  const byUser = await prisma.$queryRaw<Array<{ role: string; verified: boolean; active: boolean; n: number }>>`
    SELECT role::text, email_verified IS NOT NULL AS verified, is_active AS active, count(*)::int AS n FROM users GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`
  const userCounters = await prisma.$queryRaw<Array<{ role: string; verified: boolean; active: boolean; n: number }>>`
    SELECT role::text, verified, active, count AS n FROM user_counts WHERE count <> 0 ORDER BY 1, 2, 3`
  expect(userCounters).toEqual(byUser)
}

let ownCompany: string
let otherCompany: string

beforeAll(async () => {
  staff = await createUser({ role: 'staff' })
  admin = await createUser({ role: 'admin' })
  owner = await createUser()
  other = await createUser()
  ownCompany = (await createCompanyVia(owner.bearer)).id
  otherCompany = (await createCompanyVia(other.bearer)).id
})

describe('the counters stay exact', () => {
  it('through create, status change, company change and delete of booths', async () => {
    const a = await createBooth(owner.bearer, boothFields(ownCompany))
    const b = await createBooth(owner.bearer, boothFields(ownCompany))
    await createBooth(other.bearer, boothFields(otherCompany))
    await expectCountersExact()
    const review = (id: string, json: unknown) => send(api(), 'PATCH', `/api/tradebooth/status?id=${id}`, { headers: staff.bearer, json })
    expect((await review(a.id, { status: 'accepted' })).status).toBe(200)
    expect((await review(b.id, { status: 'rejected', reason: 'No brochure' })).status).toBe(200)
    await expectCountersExact()
    // A company change (the API refuses moving into someone else's company; staff may, and so may the database).
    await db().tradeBooth.update({ where: { id: b.id }, data: { companyId: otherCompany } })
    await expectCountersExact()
    await db().tradeBooth.update({ where: { id: a.id }, data: { companyId: otherCompany, status: 'pending' } })
    await expectCountersExact()
    expect((await send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${a.id}`, { headers: staff.bearer })).status).toBe(200)
    await expectCountersExact()
  })

  it('through the trash: a deleted booth leaves them, a restored one comes back, a purge changes nothing', async () => {
    const a = await createBooth(owner.bearer, boothFields(ownCompany))
    await send(api(), 'PATCH', `/api/tradebooth/status?id=${a.id}`, { headers: staff.bearer, json: { status: 'accepted' } })
    const totals = async () => (await booths(staff, `?company_id=${ownCompany}&status=accepted`)).body.data.total
    const before = await totals()
    expect((await send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${a.id}`, { headers: owner.bearer })).status).toBe(200)
    await expectCountersExact()
    expect(await totals()).toBe(before - 1)
    await restoreBooth(owner.user, a.id)
    await expectCountersExact()
    expect(await totals()).toBe(before)
    await deleteBooth(staff.user, a.id)
    expect(await purgeExpiredBooths(new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThanOrEqual(1)
    expect(await db().tradeBooth.count({ where: { id: a.id } })).toBe(0)
    await expectCountersExact()
    expect(await totals()).toBe(before - 1)
  })

  it('when a company (and so its booths) is deleted, and when its owner is', async () => {
    const company = await createCompanyVia(owner.bearer)
    for (let i = 0; i < 3; i++) await createBooth(owner.bearer, boothFields(company.id))
    await db().tradeBooth.updateMany({ where: { companyId: company.id }, data: { status: 'accepted' } })
    await expectCountersExact()
    expect((await send(api(), 'DELETE', `/api/company/delete-company?id=${company.id}`, { headers: owner.bearer })).status).toBe(200)
    await expectCountersExact()
    const leaving = await createUser()
    const theirs = await insertCompany(leaving.user.id)
    await db().tradeBooth.createMany({
      data: [1, 2].map((i) => ({
        companyId: theirs.id,
        title: `Gone ${i}`,
        date: new Date('2026-12-01'),
        startsAt: new Date(`2026-12-01T0${i}:00:00Z`),
        endsAt: new Date(`2026-12-01T0${i}:30:00Z`),
        location: 'Hall Z',
      })),
    })
    await db().user.delete({ where: { id: leaving.user.id } })
    await expectCountersExact()
  })

  it('under concurrent creates and status changes', async () => {
    const company = await insertCompany(owner.user.id)
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        db().tradeBooth.create({
          data: {
            companyId: i % 2 ? company.id : otherCompany,
            title: `Race ${i}`,
            date: new Date('2026-12-02'),
            startsAt: new Date(Date.UTC(2026, 11, 2, 8, i)),
            endsAt: new Date(Date.UTC(2026, 11, 2, 9, i)),
            location: 'Hall R',
          },
        }),
      ),
    )
    await Promise.all(created.map((booth, i) => db().tradeBooth.update({ where: { id: booth.id }, data: { status: i % 3 ? 'accepted' : 'rejected' } })))
    await expectCountersExact()
  })

  it('through user creation, role, verification and activity changes, and deletion', async () => {
    const someone = await createUser()
    await expectCountersExact()
    await db().user.update({ where: { id: someone.user.id }, data: { role: 'staff' } })
    await db().user.update({ where: { id: someone.user.id }, data: { emailVerified: null, isActive: false } })
    await db().user.update({ where: { id: someone.user.id }, data: { name: 'Renamed' } }) // not counted: nothing counted changed
    await expectCountersExact()
    await Promise.all(Array.from({ length: 10 }, () => createUser()))
    await db().user.delete({ where: { id: someone.user.id } })
    await expectCountersExact()
  })
})

describe('`total` from the counters', () => {
  beforeAll(async () => {
    // Every status in both companies.
    for (const [company, caller] of [
      [ownCompany, owner],
      [otherCompany, other],
    ] as const) {
      for (const status of ['pending', 'accepted', 'rejected'] as const) {
        const booth = await createBooth(caller.bearer, boothFields(company))
        if (status !== 'pending') await db().tradeBooth.update({ where: { id: booth.id }, data: { status } })
      }
    }
  })

  it('equals an exact count for no filter, status, company and both, for staff and plain users', async () => {
    const queries = [{}, ...(['pending', 'accepted', 'rejected'] as const).map((status) => ({ status }))]
    const withCompanies = queries.flatMap((q) => [q, { ...q, company_id: ownCompany }, { ...q, company_id: otherCompany }])
    for (const caller of [staff, owner, other]) {
      for (const query of withCompanies) {
        const search = new URLSearchParams(query as Record<string, string>).toString()
        const answer = await booths(caller, `?${search}`)
        expect(answer.status).toBe(200)
        const { status, company_id } = query as { status?: BoothStatus; company_id?: string }
        const where = withVisibleBooths(caller.user, { status, companyId: company_id })
        const exact = await db().tradeBooth.count({ where })
        expect({ query, role: caller.user.role, total: answer.body.data.total, capped: answer.body.data.total_capped }).toEqual({
          query,
          role: caller.user.role,
          total: exact,
          capped: false,
        })
      }
    }
  })

  it('a plain user counts the accepted booths plus the pending and rejected ones of their own companies only', async () => {
    const mine = await booths(owner, '?status=pending')
    const theirs = await booths(other, '?status=pending')
    expect(mine.body.data.items.every((b) => b.company_id !== otherCompany)).toBe(true)
    expect(mine.body.data.total).toBe(await db().tradeBooth.count({ where: { status: 'pending', deletedAt: null, company: { ownerId: owner.user.id } } }))
    expect(theirs.body.data.total).toBe(await db().tradeBooth.count({ where: { status: 'pending', deletedAt: null, company: { ownerId: other.user.id } } }))
    expect((await booths(other, `?company_id=${ownCompany}`)).body.data.total).toBe(
      await db().tradeBooth.count({ where: { companyId: ownCompany, status: 'accepted', deletedAt: null } }),
    )
  })

  it('users: equals an exact count for any mix of role, verified and active', async () => {
    for (const role of [undefined, 'user', 'staff', 'admin']) {
      for (const verified of [undefined, true, false]) {
        for (const active of [undefined, true, false]) {
          const query = Object.fromEntries(
            Object.entries({ role, verified, active })
              .filter(([, v]) => v !== undefined)
              .map(([k, v]) => [k, String(v)]),
          )
          const answer = await users(`?${new URLSearchParams(query).toString()}`)
          expect(answer.status).toBe(200)
          const exact = await db().user.count({
            where: {
              ...(role && { role: role as 'user' }),
              ...(verified !== undefined && { emailVerified: verified ? { not: null } : null }),
              ...(active !== undefined && { isActive: active }),
            },
          })
          expect({ query, total: answer.body.data.total, capped: answer.body.data.total_capped }).toEqual({ query, total: exact, capped: false })
        }
      }
    }
  })
})

describe('bounded counting for searches and date ranges', () => {
  it(`counts exactly below ${TOTAL_CAP}, and stops there with total_capped past it`, async () => {
    const company = await insertCompany(owner.user.id)
    // TOTAL_CAP + 5 accepted booths whose title matches one search, on 2027-03-01, in one statement.
    await db().$executeRaw`
      INSERT INTO trade_booths (id, company_id, title, date, starts_at, ends_at, location, status, created_at, updated_at)
      SELECT gen_random_uuid(), ${company.id}::uuid, 'Plentiful ' || n, date '2027-03-01', timestamptz '2027-03-01 09:00Z' + n * interval '1 second',
             timestamptz '2027-03-01 10:00Z', 'Hall P', 'accepted', now(), now()
      FROM generate_series(1, ${TOTAL_CAP + 5}) n`
    await expectCountersExact()
    const capped = await booths(other, '?q=plentiful&page_size=5')
    expect(capped.body.data).toMatchObject({ total: TOTAL_CAP, total_capped: true })
    expect(capped.body.data.next_after).toEqual(expect.any(String))
    const dates = await booths(staff, '?date_from=2027-03-01&date_to=2027-03-01')
    expect(dates.body.data).toMatchObject({ total: TOTAL_CAP, total_capped: true })
    const few = await booths(staff, '?q=plentiful 1234')
    expect(few.body.data).toMatchObject({ total: 1, total_capped: false })
    const none = await booths(staff, '?date_from=2030-01-01')
    expect(none.body.data).toMatchObject({ total: 0, total_capped: false, next_after: null })
    // The unfiltered total stays exact (counters), however many rows.
    const all = await booths(staff, '?page_size=1')
    expect(all.body.data).toMatchObject({ total: await db().tradeBooth.count({ where: { deletedAt: null } }), total_capped: false })
  })

  it('users: a search is counted up to the cap', async () => {
    await db().$executeRaw`
      INSERT INTO users (id, email, name, role, is_active, created_at, updated_at)
      SELECT gen_random_uuid(), 'many' || n || '@crowd.example', 'Crowd ' || n, 'user', true, now(), now() FROM generate_series(1, ${TOTAL_CAP + 1}) n`
    await expectCountersExact()
    expect((await users('?q=crowd.example&page_size=2')).body.data).toMatchObject({ total: TOTAL_CAP, total_capped: true })
    expect((await users('?q=many777@')).body.data).toMatchObject({ total: 1, total_capped: false })
    expect((await users('?page_size=1')).body.data).toMatchObject({ total: await db().user.count(), total_capped: false })
  })

  it('rooms: the list counts the rooms the caller may see up to the cap, and pages them by name', async () => {
    const rooms = (caller: Caller, query: string) => send<CappedPage<RoomJson>>(api(), 'GET', `/api/rooms${query}`, { headers: caller.bearer })
    const before = (await rooms(other, '?page_size=1')).body.data
    expect(before.total_capped).toBe(false)
    // A room of a booth under review counts for its owner and staff only.
    const pending = await createBooth(owner.bearer, boothFields(ownCompany))
    await db().room.create({ data: { name: 'Aaa review room', kind: 'booth', boothId: pending.id } })
    expect((await rooms(other, '?page_size=1')).body.data.total).toBe(before.total)
    expect((await rooms(owner, '?q=review room')).body.data).toMatchObject({ total: 1, total_capped: false, items: [{ name: 'Aaa review room' }] })
    await db().$executeRaw`
      INSERT INTO rooms (id, name, kind, created_at) SELECT gen_random_uuid(), 'Crowded ' || lpad(n::text, 5, '0'), 'general', now()
      FROM generate_series(1, ${TOTAL_CAP + 1}) n`
    expect((await rooms(other, '?page_size=3')).body.data).toMatchObject({ total: TOTAL_CAP, total_capped: true })
    expect((await rooms(other, '?q=crowded 00777&page_size=3')).body.data).toMatchObject({ total: 1, total_capped: false, items: [{ name: 'Crowded 00777' }] })
    const deep = (await rooms(other, '?q=crowded&page=3&page_size=4')).body.data
    expect(deep.items.map((room) => room.name)).toEqual(['Crowded 00009', 'Crowded 00010', 'Crowded 00011', 'Crowded 00012'])
  })
})
