// Keyset cursors of the booths and users lists (issue 14 §1): following `next_after` visits every
// item exactly once, in the order of the sort, ties included, in both directions, with filters and
// under the booth visibility rule; a bad `after` answers 400 naming `after`.
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { encodeAfter } from '@/lib/keyset'
import type { KeysetPage } from '@/lib/pagination'
import type { BoothJson } from '@/lib/schemas/booths'
import type { UserJson } from '@/lib/schemas/users'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

type Caller = Awaited<ReturnType<typeof createUser>>
let staff: Caller
let owner: Caller
let admin: Caller
let ownCompany: string

const get = <T>(caller: Caller, path: string) => send<KeysetPage<T>>(api(), 'GET', path, { headers: caller.bearer })
const BOOTHS = '/api/tradebooth/get-details-tradebooths'
const USERS = '/api/auth/all-users-data'

/** Follows next_after from the first page; the ids in the order visited. */
async function walk<T extends { id: string }>(caller: Caller, path: string, query: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = []
  let after: string | null = null
  let pages = 0
  do {
    const answer: Awaited<ReturnType<typeof get<T>>> = await get<T>(caller, `${path}?${query}${after ? `&after=${encodeURIComponent(after)}` : ''}`)
    expect(answer.status).toBe(200)
    ids.push(...answer.body.data.items.map((item) => item.id))
    after = answer.body.data.next_after
    pages++
    if (pages > 200) throw new Error('the walk does not end')
  } while (after)
  return { ids, pages }
}

/** The order the list gives in one page (at most 100 items). */
const allAtOnce = async <T extends { id: string }>(caller: Caller, path: string, query: string) =>
  (await get<T>(caller, `${path}?${query}&page_size=100`)).body.data.items.map((item) => item.id)

beforeAll(async () => {
  staff = await createUser({ role: 'staff' })
  admin = await createUser({ role: 'admin' })
  owner = await createUser()
  ownCompany = (await insertCompany(owner.user.id)).id
  const stranger = await createUser()
  const otherCompany = (await insertCompany(stranger.user.id)).id
  // 40 booths with many ties: 4 creation instants, 5 titles, 8 start times; every status in both companies.
  const statuses = ['accepted', 'pending', 'rejected'] as const
  await db().tradeBooth.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      companyId: i % 2 ? ownCompany : otherCompany,
      title: `Title ${i % 5}`,
      date: new Date('2026-12-03'),
      startsAt: new Date(Date.UTC(2026, 11, 3, 8 + (i % 8))),
      endsAt: new Date(Date.UTC(2026, 11, 3, 18)),
      location: `Hall ${i}`,
      status: statuses[i % 3],
      createdAt: new Date(Date.UTC(2026, 10, 1 + (i % 4))),
    })),
  })
  // Users with tied and missing names, and every role.
  await db().user.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      email: `walker${String(i).padStart(2, '0')}@cursor.example`,
      name: i % 4 === 0 ? null : `Walker ${i % 3}`,
      role: (['user', 'staff', 'admin'] as const)[i % 3],
      createdAt: new Date(Date.UTC(2026, 9, 1 + (i % 5))),
    })),
  })
})

describe('booths: a walk with after', () => {
  for (const sort of ['created_at', '-created_at', 'title', '-title', 'starts_at', '-starts_at']) {
    it(`visits each booth exactly once in order, sort=${sort}`, async () => {
      const expected = await allAtOnce<BoothJson>(staff, BOOTHS, `sort=${sort}`)
      const { ids, pages } = await walk<BoothJson>(staff, BOOTHS, `sort=${sort}&page_size=7`)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids).toEqual(expected)
      expect(pages).toBe(Math.ceil(expected.length / 7))
    })
  }

  it('with filters, and under the visibility rule (a plain user sees accepted booths plus their own)', async () => {
    const expected = await allAtOnce<BoothJson>(staff, BOOTHS, 'status=accepted&q=title 3&sort=-starts_at')
    expect((await walk<BoothJson>(staff, BOOTHS, 'status=accepted&q=title 3&sort=-starts_at&page_size=2')).ids).toEqual(expected)
    const mine = await walk<BoothJson>(owner, BOOTHS, 'sort=title&page_size=4')
    const visible = await db().tradeBooth.findMany({
      where: { OR: [{ status: 'accepted' }, { companyId: ownCompany }] },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      select: { id: true },
    })
    expect(mine.ids).toEqual(visible.map((b) => b.id))
    const company = await walk<BoothJson>(owner, BOOTHS, `company_id=${ownCompany}&status=pending&page_size=3`)
    expect(company.ids.sort()).toEqual(
      (await db().tradeBooth.findMany({ where: { companyId: ownCompany, status: 'pending' }, select: { id: true } })).map((b) => b.id).sort(),
    )
  })

  it('page N and the cursor of page N-1 give the same items', async () => {
    const second = await get<BoothJson>(staff, `${BOOTHS}?page=2&page_size=5&sort=title`)
    const first = await get<BoothJson>(staff, `${BOOTHS}?page=1&page_size=5&sort=title`)
    const viaCursor = await get<BoothJson>(staff, `${BOOTHS}?page_size=5&sort=title&after=${first.body.data.next_after}`)
    expect(viaCursor.body.data.items.map((b) => b.id)).toEqual(second.body.data.items.map((b) => b.id))
    expect(viaCursor.body.data.total).toBe(first.body.data.total)
  })

  it('refuses a bad after with 400 naming after', async () => {
    const first = await get<BoothJson>(staff, `${BOOTHS}?page_size=5&sort=title`)
    const forged = encodeAfter({ sort: 'title', value: null, id: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' })
    for (const query of [
      'after=not-a-cursor',
      `sort=-title&after=${first.body.data.next_after}`,
      `sort=title&page=2&after=${first.body.data.next_after}`,
      `sort=title&after=${forged}`,
      `after=${encodeAfter({ sort: '-created_at', value: 'yesterday', id: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' })}`,
    ]) {
      const answer = await get<BoothJson>(staff, `${BOOTHS}?${query}`)
      expect({ query, status: answer.status }).toEqual({ query, status: 400 })
      expect(answer.body).toMatchObject({ status: 400, data: null, errors: { after: [expect.any(String)] } })
    }
  })
})

describe('users: a walk with after', () => {
  for (const sort of ['created_at', '-created_at', 'name', '-name', 'email', '-email', 'role', '-role']) {
    it(`visits each user exactly once in order, sort=${sort}`, async () => {
      const expected = await allAtOnce<UserJson>(admin, USERS, `sort=${sort}`)
      const { ids } = await walk<UserJson>(admin, USERS, `sort=${sort}&page_size=4`)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids).toEqual(expected)
    })
  }

  it('with filters', async () => {
    const expected = await allAtOnce<UserJson>(admin, USERS, 'role=staff&q=cursor.example&sort=-name')
    expect(expected.length).toBeGreaterThan(3)
    expect((await walk<UserJson>(admin, USERS, 'role=staff&q=cursor.example&sort=-name&page_size=3')).ids).toEqual(expected)
  })

  it('refuses a bad after with 400 naming after', async () => {
    const answer = await get<UserJson>(
      admin,
      `${USERS}?sort=role&after=${encodeAfter({ sort: 'role', value: 'root', id: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' })}`,
    )
    expect(answer.body).toMatchObject({ status: 400, data: null, errors: { after: [expect.any(String)] } })
  })
})
