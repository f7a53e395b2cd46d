import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothVisitJson } from '@/lib/services/visits/record-visit'
import { storeVisit } from '@/lib/services/visits/record-visit'
import { insertBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

const visit = (headers: Record<string, string>, id: string) => send<BoothVisitJson>(api(), 'POST', `/api/tradebooth/visit?id=${id}`, { headers })

async function acceptedBooth() {
  const owner = await createUser()
  const company = await insertCompany(owner.user.id)
  const { booth } = await insertBooth(company.id, { status: 'accepted' })
  return { owner, company, booth }
}

const stats = (boothId: string) => db().boothStat.findUnique({ where: { boothId } })

describe('POST /api/tradebooth/visit', () => {
  it('counts one visit per person, booth and day however often it is sent', async () => {
    const { booth } = await acceptedBooth()
    const visitor = await createUser()
    const first = await visit(visitor.bearer, booth.id)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ status: 200, data: { booth_id: booth.id, counted: true } })
    const again = await visit(visitor.bearer, booth.id)
    expect(again.body.data).toEqual(first.body.data)
    expect(await db().boothVisit.count({ where: { boothId: booth.id } })).toBe(1)
    expect(await stats(booth.id)).toMatchObject({ visits: 1, visitors: 1 })
  })

  it('stores one row when the same person sends 20 visits at once', async () => {
    const { booth } = await acceptedBooth()
    const visitor = await createUser()
    const answers = await Promise.all(Array.from({ length: 20 }, () => visit(visitor.bearer, booth.id)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200))
    expect(new Set(answers.map((answer) => answer.body.data?.first_visit_at)).size).toBe(1)
    expect(answers.every((answer) => answer.body.data?.counted)).toBe(true)
    expect(await db().boothVisit.count({ where: { boothId: booth.id } })).toBe(1)
    expect(await stats(booth.id)).toMatchObject({ visits: 1, visitors: 1 })
  })

  it('counts a returning visitor as a new visit on a new day but not as a new visitor', async () => {
    const { booth } = await acceptedBooth()
    const [ana, ben] = [await createUser(), await createUser()]
    await storeVisit(booth.id, ana.user.id, new Date('2026-12-01T09:15:00Z'))
    await storeVisit(booth.id, ana.user.id, new Date('2026-12-01T17:00:00Z'))
    await storeVisit(booth.id, ana.user.id, new Date('2026-12-02T10:00:00Z'))
    await storeVisit(booth.id, ben.user.id, new Date('2026-12-01T09:45:00Z'))
    expect(await stats(booth.id)).toMatchObject({ visits: 3, visitors: 2 })
    const hours = await db().boothHourStat.findMany({ where: { boothId: booth.id }, orderBy: { hour: 'asc' }, select: { hour: true, visits: true } })
    expect(hours).toEqual([
      { hour: new Date('2026-12-01T09:00:00Z'), visits: 2 },
      { hour: new Date('2026-12-02T10:00:00Z'), visits: 1 },
    ])
  })

  it("does not count the company's own owner, and answers so", async () => {
    const { owner, booth } = await acceptedBooth()
    const answer = await visit(owner.bearer, booth.id)
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ counted: false, first_visit_at: null })
    expect(await stats(booth.id)).toBeNull()
  })

  it('takes visits for accepted booths only: 409 to who may see a booth under review, 404 to anyone else', async () => {
    const owner = await createUser()
    const company = await insertCompany(owner.user.id)
    const { booth: pending } = await insertBooth(company.id, { status: 'pending' })
    const [visitor, staff] = [await createUser(), await createUser({ role: 'staff' })]
    expect(await visit(visitor.bearer, pending.id)).toMatchObject({ status: 404, body: { status: 404, data: null } })
    expect(await visit(staff.bearer, pending.id)).toMatchObject({ status: 409, body: { status: 409, message: 'Only an accepted booth takes visits' } })
    expect(await visit(visitor.bearer, 'not-a-booth')).toMatchObject({ status: 404 })
    expect(await send(api(), 'POST', `/api/tradebooth/visit?id=${pending.id}`)).toMatchObject({ status: 401 })
    expect(await send(api(), 'POST', '/api/tradebooth/visit', { headers: visitor.bearer })).toMatchObject({ status: 400 })
    expect(await db().boothVisit.count({ where: { boothId: pending.id } })).toBe(0)
  })

  it('takes a deleted account out of the figures', async () => {
    const { booth } = await acceptedBooth()
    const visitor = await createUser()
    await visit(visitor.bearer, booth.id)
    await db().user.delete({ where: { id: visitor.user.id } })
    expect(await stats(booth.id)).toMatchObject({ visits: 0, visitors: 0 })
  })
})
