import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothAnalyticsJson, CompanyAnalyticsJson } from '@/lib/schemas/analytics'
import { notePeakInRoom } from '@/lib/services/visits/room-peak'
import { storeVisit } from '@/lib/services/visits/record-visit'
import { insertBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

type Headers = Record<string, string>
const boothFigures = (headers: Headers, query: string) => send<BoothAnalyticsJson>(api(), 'GET', `/api/tradebooth/analytics?${query}`, { headers })
const companyFigures = (headers: Headers, query: string) => send<CompanyAnalyticsJson>(api(), 'GET', `/api/company/analytics?${query}`, { headers })

/**
 * A small show with figures known by hand, on 1–2 December 2026 (UTC):
 * booth A: Ana 1 Dec 09:10 and 2 Dec 10:00, Ben 1 Dec 09:40, Cy 1 Dec 14:05 → 4 visits, 3 visitors;
 *          Ana and Ben share their contact (1 Dec 09:50 and 10:20); 3 messages 1 Dec 09:xx; peak 2 at 09:00.
 * booth B: Ana 1 Dec 11:00 → 1 visit, 1 visitor.
 */
async function seededShow() {
  const owner = await createUser()
  const company = await insertCompany(owner.user.id)
  const { booth: a } = await insertBooth(company.id, { status: 'accepted' })
  const { booth: b } = await insertBooth(company.id, { status: 'accepted' })
  const [ana, ben, cy] = [await createUser(), await createUser(), await createUser()]
  await storeVisit(a.id, ana.user.id, new Date('2026-12-01T09:10:00Z'))
  await storeVisit(a.id, ana.user.id, new Date('2026-12-01T16:00:00Z'))
  await storeVisit(a.id, ana.user.id, new Date('2026-12-02T10:00:00Z'))
  await storeVisit(a.id, ben.user.id, new Date('2026-12-01T09:40:00Z'))
  await storeVisit(a.id, cy.user.id, new Date('2026-12-01T14:05:00Z'))
  await storeVisit(b.id, ana.user.id, new Date('2026-12-01T11:00:00Z'))
  await db().lead.create({ data: { boothId: a.id, companyId: company.id, userId: ana.user.id, createdAt: new Date('2026-12-01T09:50:00Z') } })
  await db().lead.create({ data: { boothId: a.id, companyId: company.id, userId: ben.user.id, createdAt: new Date('2026-12-01T10:20:00Z') } })
  const room = await db().room.create({ data: { name: a.title, kind: 'booth', boothId: a.id } })
  await db().message.createMany({
    data: [1, 2, 3].map((seq) => ({ roomId: room.id, seq, userId: ana.user.id, body: `hi ${seq}`, createdAt: new Date(`2026-12-01T09:1${seq}:00Z`) })),
  })
  await notePeakInRoom(room.id, 1, new Date('2026-12-01T09:05:00Z'))
  await notePeakInRoom(room.id, 2, new Date('2026-12-01T09:45:00Z'))
  await notePeakInRoom(room.id, 1, new Date('2026-12-01T09:50:00Z'))
  return { owner, company, a, b, visitor: ben }
}

describe('analytics', () => {
  it("gives a booth's figures by day and by hour, as counted by hand", async () => {
    const { owner, a } = await seededShow()
    const daily = await boothFigures(owner.bearer, `id=${a.id}&from=2026-12-01&to=2026-12-03`)
    expect(daily.status).toBe(200)
    expect(daily.body.data).toMatchObject({
      booth_id: a.id,
      from: '2026-12-01',
      to: '2026-12-03',
      granularity: 'day',
      totals: { visits: 4, unique_visitors: 3, messages: 3, leads: 2, peak_in_room: 2, conversion: 0.6667 },
    })
    expect(daily.body.data?.series).toEqual([
      { at: '2026-12-01T00:00:00.000Z', visits: 3, unique_visitors: 3, messages: 3, leads: 2, peak_in_room: 2 },
      { at: '2026-12-02T00:00:00.000Z', visits: 1, unique_visitors: 1, messages: 0, leads: 0, peak_in_room: 0 },
      { at: '2026-12-03T00:00:00.000Z', visits: 0, unique_visitors: 0, messages: 0, leads: 0, peak_in_room: 0 },
    ])

    const hourly = await boothFigures(owner.bearer, `id=${a.id}&from=2026-12-01&to=2026-12-01&granularity=hour`)
    const series = hourly.body.data!.series
    expect(series).toHaveLength(24)
    const at = (hour: number) => series[hour]!
    expect(at(9)).toEqual({ at: '2026-12-01T09:00:00.000Z', visits: 2, unique_visitors: 2, messages: 3, leads: 1, peak_in_room: 2 })
    expect(at(10)).toMatchObject({ visits: 0, leads: 1 })
    expect(at(14)).toMatchObject({ visits: 1, unique_visitors: 1 })
    expect(at(16)).toMatchObject({ visits: 0 }) // Ana's second visit that day is not a new visit
    expect(hourly.body.data?.totals).toMatchObject({ visits: 3, unique_visitors: 3, leads: 2 })
  })

  it("sums a company's booths, counting a person who visited two of them once", async () => {
    const { owner, company, a, b } = await seededShow()
    const answer = await companyFigures(owner.bearer, `id=${company.id}&from=2026-12-01&to=2026-12-02`)
    expect(answer.body.data).toMatchObject({ company_id: company.id, totals: { visits: 5, unique_visitors: 3, leads: 2 } })
    expect(answer.body.data?.series[0]).toMatchObject({ visits: 4, unique_visitors: 3 })
    expect(answer.body.data?.booths).toEqual([
      expect.objectContaining({ booth_id: a.id, visits: 4, unique_visitors: 3, leads: 2 }),
      expect.objectContaining({ booth_id: b.id, visits: 1, unique_visitors: 1, leads: 0, conversion: 0 }),
    ])
  })

  it('shows figures to the owner and staff only, and validates the window', async () => {
    const { company, a, visitor } = await seededShow()
    const staff = await createUser({ role: 'staff' })
    expect((await boothFigures(staff.bearer, `id=${a.id}&from=2026-12-01&to=2026-12-01`)).body.data?.totals.visits).toBe(3)
    expect(await boothFigures(visitor.bearer, `id=${a.id}`)).toMatchObject({ status: 403, body: { status: 403, data: null } })
    expect(await companyFigures(visitor.bearer, `id=${company.id}`)).toMatchObject({ status: 403 })
    expect(await boothFigures(staff.bearer, 'id=nope')).toMatchObject({ status: 404 })
    expect(await boothFigures(staff.bearer, `id=${a.id}&from=2026-12-05&to=2026-12-01`)).toMatchObject({
      status: 400,
      body: { errors: { to: [expect.any(String)] } },
    })
    expect(await boothFigures(staff.bearer, `id=${a.id}&from=2026-11-01&to=2026-12-01&granularity=hour`)).toMatchObject({
      status: 400,
      body: { errors: { granularity: [expect.any(String)] } },
    })
    expect(await boothFigures(staff.bearer, `id=${a.id}&from=2026-13-45`)).toMatchObject({ status: 400 })
    expect(await boothFigures({}, `id=${a.id}`)).toMatchObject({ status: 401 })
  })
})
