// Issue 16 §2 for companies: deleting a company moves it, with its booths, to the 30-day trash. While
// there it is gone for every reader as a deleted company was (404, absent from lists and totals,
// its booths and logo gone too); a restore brings it back with the booths that went with it; the
// purge removes it and its files after 30 days. The API's delete route answers as before.
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { Page } from '@/lib/pagination'
import type { CompanyJson } from '@/lib/schemas/companies'
import { deleteBooth } from '@/lib/services/booths/delete-booth'
import { restoreBooth } from '@/lib/services/booths/restore-booth'
import { listTrashedBooths } from '@/lib/services/booths/list-trashed-booths'
import { listTrashedCompanies } from '@/lib/services/companies/list-trashed-companies'
import { purgeCompany, purgeExpiredCompanies } from '@/lib/services/companies/purge-companies'
import { restoreCompany } from '@/lib/services/companies/restore-company'
import { getOverview } from '@/lib/services/overview/get-overview'
import { insertBooth } from '../helpers/booths'
import { createCompanyVia } from '../helpers/companies'
import { send } from '../helpers/http'
import { pngBytes } from '../helpers/images'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

type Caller = Awaited<ReturnType<typeof createUser>>
const DAY_MS = 86_400_000

let owner: Caller
let stranger: Caller
let staff: Caller
let admin: Caller

beforeAll(async () => {
  owner = await createUser()
  stranger = await createUser()
  staff = await createUser({ role: 'staff' })
  admin = await createUser({ role: 'admin' })
})

/** A company with a logo and two accepted booths. */
async function target() {
  const created = await send<CompanyJson>(api(), 'POST', '/api/company/create-company', {
    headers: owner.bearer,
    body: form({ name: `Trashable ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`, image: { bytes: pngBytes(3, 3), name: 'logo.png' } }),
  })
  expect(created.status).toBe(201)
  const company = created.body.data
  const booths = [await insertBooth(company.id, { status: 'accepted' }), await insertBooth(company.id, { status: 'accepted' })].map((b) => b.booth.id)
  return { ...company, booths }
}

const status = async (path: string, caller: Caller = owner) => (await send(api(), 'GET', path, { headers: caller.bearer })).status
const listedCompany = async (id: string, name: string) => {
  const answer = await send<Page<CompanyJson>>(api(), 'GET', `/api/company/get-details-companies?q=${encodeURIComponent(name)}`, { headers: staff.bearer })
  return { listed: answer.body.data.items.some((item) => item.id === id), total: answer.body.data.total }
}
const logo = async (url: string) => (await api().request(new Request(new URL(url, 'http://localhost:3000'), { headers: owner.bearer }))).status

async function reads(t: Awaited<ReturnType<typeof target>>) {
  return {
    company: await status(`/api/company/get-single-details-company?id=${t.id}`),
    list: await listedCompany(t.id, t.name),
    logo: await logo(t.image_url!),
    booths: await Promise.all(t.booths.map((id) => status(`/api/tradebooth/get-single-details-tradebooth?id=${id}`, staff))),
    boothTotal: (await send<{ total: number }>(api(), 'GET', `/api/tradebooth/get-details-tradebooths?company_id=${t.id}`, { headers: staff.bearer })).body.data
      .total,
    update: (await send(api(), 'PUT', `/api/company/update-company?id=${t.id}`, { headers: owner.bearer, body: form({ location: 'Elsewhere' }) })).status,
  }
}

describe('a company in the trash', () => {
  it('is gone with its booths and logo for every reader, and back after a restore; the API delete answers as before', async () => {
    const t = await target()
    const companiesBefore = (await getOverview(staff.user)).totals.companies
    expect(await reads(t)).toEqual({ company: 200, list: { listed: true, total: 1 }, logo: 200, booths: [200, 200], boothTotal: 2, update: 200 })

    const answer = await send(api(), 'DELETE', `/api/company/delete-company?id=${t.id}`, { headers: owner.bearer })
    expect(answer).toMatchObject({ status: 200, body: { status: 200, data: null } })
    expect(await reads(t)).toEqual({ company: 404, list: { listed: false, total: 0 }, logo: 404, booths: [404, 404], boothTotal: 0, update: 404 })
    expect((await getOverview(staff.user)).totals.companies).toBe(companiesBefore - 1)
    expect((await send(api(), 'DELETE', `/api/company/delete-company?id=${t.id}`, { headers: owner.bearer })).status).toBe(404)
    // No booth can be added to it meanwhile.
    const booth = await send(api(), 'POST', '/api/tradebooth/create-tradebooth', {
      headers: owner.bearer,
      body: form({ company_id: t.id, title: 'Late', date: '2026-11-24', start_time: '09:00', end_time: '10:00', location: 'Hall Late' }),
    })
    expect(booth.status).toBe(404)

    await expect(restoreCompany(stranger.user, t.id)).rejects.toMatchObject({ code: 'not_found', message: 'Company not found' })
    await expect(restoreCompany(owner.user, t.id)).resolves.toEqual({ id: t.id, name: t.name })
    expect(await reads(t)).toMatchObject({ company: 200, list: { listed: true, total: 1 }, logo: 200, booths: [200, 200], boothTotal: 2 })
    expect((await getOverview(staff.user)).totals.companies).toBe(companiesBefore)
    expect(await db().auditLog.count({ where: { entityId: t.id, action: 'company.restored', actorId: owner.user.id } })).toBe(1)
  })

  it('brings back only the booths that went with it; a booth cannot be restored while its company is in the trash', async () => {
    const t = await target()
    await deleteBooth(staff.user, t.booths[0]!)
    await send(api(), 'DELETE', `/api/company/delete-company?id=${t.id}`, { headers: staff.bearer })
    await expect(restoreBooth(staff.user, t.booths[1]!)).rejects.toMatchObject({ code: 'not_found' })
    // The trash lists the company; its booths are under it, not on their own.
    expect((await listTrashedCompanies(staff.user)).some((row) => row.id === t.id)).toBe(true)
    expect((await listTrashedBooths(staff.user)).some((row) => t.booths.includes(row.id))).toBe(false)
    await restoreCompany(staff.user, t.id)
    expect(await status(`/api/tradebooth/get-single-details-tradebooth?id=${t.booths[0]}`, staff)).toBe(404)
    expect(await status(`/api/tradebooth/get-single-details-tradebooth?id=${t.booths[1]}`, staff)).toBe(200)
    expect((await listTrashedBooths(staff.user)).some((row) => row.id === t.booths[0])).toBe(true)
  })

  it('does not keep its name taken; restoring it over a new company of that name is a 409', async () => {
    const t = await target()
    await send(api(), 'DELETE', `/api/company/delete-company?id=${t.id}`, { headers: owner.bearer })
    expect((await createCompanyVia(stranger.bearer, { name: t.name.toUpperCase() })).name).toBe(t.name.toUpperCase())
    await expect(restoreCompany(owner.user, t.id)).rejects.toMatchObject({ code: 'conflict', errors: { name: [expect.any(String)] } })
  })
})

describe('the company purge', () => {
  it('removes companies 30 days in the trash with their booths and every file; admins may do it at once, staff may not', async () => {
    const old = await target()
    const young = await target()
    const now = new Date()
    await db().$transaction([
      db().company.update({ where: { id: old.id }, data: { deletedAt: new Date(now.getTime() - 31 * DAY_MS) } }),
      db().tradeBooth.updateMany({ where: { companyId: old.id }, data: { deletedAt: new Date(now.getTime() - 31 * DAY_MS) } }),
    ])
    await send(api(), 'DELETE', `/api/company/delete-company?id=${young.id}`, { headers: owner.bearer })
    const oldFiles = await db().storedFile.count({ where: { OR: [{ companyImage: { is: { id: old.id } } }, { boothImage: { is: { companyId: old.id } } }] } })
    expect(oldFiles).toBe(3)
    expect(await purgeExpiredCompanies(now)).toBe(1)
    expect(await db().company.count({ where: { id: old.id } })).toBe(0)
    expect(await db().tradeBooth.count({ where: { companyId: old.id } })).toBe(0)
    expect(await logo(old.image_url!)).toBe(404)
    expect(await db().auditLog.count({ where: { entityId: old.id, action: 'company.purged', actorId: null } })).toBe(1)
    expect(await db().company.count({ where: { id: young.id } })).toBe(1)

    await expect(purgeCompany(staff.user, young.id)).rejects.toMatchObject({ code: 'forbidden' })
    await purgeCompany(admin.user, young.id)
    expect(await db().company.count({ where: { id: young.id } })).toBe(0)
    expect(await db().tradeBooth.count({ where: { id: { in: young.booths } } })).toBe(0)
  })
})
