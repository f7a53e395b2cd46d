import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { resetConfig } from '@/lib/config'
import { db } from '@/lib/db'
import type { Page } from '@/lib/pagination'
import type { CompanyJson, CompanyWithBoothsJson } from '@/lib/schemas/companies'
import { insertBooth } from '../helpers/booths'
import { createCompanyVia, uniqueCompanyName } from '../helpers/companies'
import { send } from '../helpers/http'
import { startSmtpServer, type TestSmtp } from '../helpers/smtp'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

const create = (headers: Record<string, string>, fields: Record<string, string>) =>
  send<CompanyJson>(api(), 'POST', '/api/company/create-company', { headers, body: form(fields) })
const update = (headers: Record<string, string>, id: string, fields: Record<string, string>) =>
  send<CompanyJson>(api(), 'PUT', `/api/company/update-company?id=${id}`, { headers, body: form(fields) })
const list = (headers: Record<string, string>, query: string) =>
  send<Page<CompanyJson>>(api(), 'GET', `/api/company/get-details-companies?${query}`, { headers })
const single = (headers: Record<string, string>, id: string) =>
  send<CompanyWithBoothsJson>(api(), 'GET', `/api/company/get-single-details-company?id=${id}`, { headers })
const remove = (headers: Record<string, string>, id: string) => send<null>(api(), 'DELETE', `/api/company/delete-company?id=${id}`, { headers })

let smtp: TestSmtp
beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  resetConfig()
})
afterAll(async () => {
  delete process.env.SMTP_URL
  resetConfig()
  await smtp.close()
})

describe('create, read, update, delete', () => {
  it('creates a company owned by the caller and answers it in snake_case', async () => {
    const { user, bearer } = await createUser()
    const name = uniqueCompanyName('  Analytical Engines')
    const answer = await create(bearer, { name, location: ' London ', size: '11-50' })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ status: 201, message: 'Company created' })
    expect(answer.body.data).toEqual({
      id: expect.any(String),
      name: name.trim(),
      location: 'London',
      size: '11-50',
      image_url: null,
      owner_id: user.id,
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
    })
    const audit = await db().auditLog.findFirst({ where: { action: 'company.created', entityId: answer.body.data.id } })
    expect(audit?.actorId).toBe(user.id)
  })

  it('lists companies: paginated, searched in name and location, sorted, filtered by owner', async () => {
    const alice = await createUser()
    const bob = await createUser()
    const tag = `zq${Date.now()}`
    const names = [`${tag} Cedar`, `${tag} Alder`, `${tag} Birch`]
    for (const name of names) await createCompanyVia(alice.bearer, { name })
    await createCompanyVia(bob.bearer, { name: `${tag}x Other`, location: `Port ${tag}` })

    const byName = await list(bob.bearer, `q=${tag.toUpperCase()}&sort=name&page_size=2`)
    expect(byName.status).toBe(200)
    expect(byName.body.data).toMatchObject({ page: 1, page_size: 2, total: 4 })
    expect(byName.body.data.items.map((company) => company.name)).toEqual([`${tag} Alder`, `${tag} Birch`])
    const second = await list(bob.bearer, `q=${tag}&sort=name&page_size=2&page=2`)
    expect(second.body.data.items.map((company) => company.name)).toEqual([`${tag} Cedar`, `${tag}x Other`])

    const newest = await list(bob.bearer, `q=${tag}&sort=-created_at`)
    expect(newest.body.data.items[0]?.name).toBe(`${tag}x Other`)
    const byLocation = await list(alice.bearer, `q=port ${tag}`)
    expect(byLocation.body.data.items.map((company) => company.owner_id)).toEqual([bob.user.id])
    const mine = await list(alice.bearer, `owner_id=${alice.user.id}`)
    expect(mine.body.data.total).toBe(3)
  })

  it('refuses bad list queries with 400', async () => {
    const { bearer } = await createUser()
    for (const query of ['page=0', 'page_size=101', 'sort=owner_id', 'sort=-password', 'owner_id=nope', `q=${'x'.repeat(201)}`]) {
      const answer = await list(bearer, query)
      expect([query, answer.status, answer.body.status]).toEqual([query, 400, 400])
    }
  })

  it('shows one company with its booths: all to the owner and staff, only accepted ones to others', async () => {
    const owner = await createUser()
    const other = await createUser()
    const staff = await createUser({ role: 'staff' })
    const company = await createCompanyVia(owner.bearer)
    const later = await insertBooth(company.id, { status: 'accepted', startsAt: new Date('2026-11-25T10:00:00Z') })
    const earlier = await insertBooth(company.id, { status: 'pending', startsAt: new Date('2026-11-24T10:00:00Z') })
    await insertBooth(company.id, { status: 'rejected', startsAt: new Date('2026-11-26T10:00:00Z') })

    const forOwner = await single(owner.bearer, company.id)
    expect(forOwner.status).toBe(200)
    expect(forOwner.body.data).toMatchObject({ ...company, booths: expect.any(Array) })
    expect(forOwner.body.data.booths.map((booth) => booth.status)).toEqual(['pending', 'accepted', 'rejected'])
    expect(forOwner.body.data.booths[0]).toMatchObject({
      id: earlier.booth.id,
      company_id: company.id,
      date: '2026-11-24',
      start_time: '10:00',
      timezone: 'UTC',
    })
    expect((await single(staff.bearer, company.id)).body.data.booths).toHaveLength(3)
    expect((await single(other.bearer, company.id)).body.data.booths.map((booth) => booth.id)).toEqual([later.booth.id])
  })

  it('updates only the fields sent; an empty location or size clears it', async () => {
    const { user, bearer } = await createUser()
    const company = await createCompanyVia(bearer, { location: 'Paris', size: '1-10' })
    const renamed = uniqueCompanyName('Renamed')
    const answer = await update(bearer, company.id, { name: renamed, size: '' })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ id: company.id, name: renamed, location: 'Paris', size: null, owner_id: user.id })
    const same = await update(bearer, company.id, { name: renamed.toUpperCase() })
    expect(same.status).toBe(200)
    expect(same.body.data.name).toBe(renamed.toUpperCase())
  })

  it('deletes a company with its booths; the owner is mailed when staff deletes it', async () => {
    const owner = await createUser()
    const admin = await createUser({ role: 'admin' })
    const mine = await createCompanyVia(owner.bearer)
    expect((await remove(owner.bearer, mine.id)).body).toMatchObject({ status: 200, message: 'Company deleted', data: null })
    // In the trash (restorable for 30 days), and gone for every reader.
    expect(await db().company.findUnique({ where: { id: mine.id }, select: { deletedById: true } })).toEqual({ deletedById: owner.user.id })
    expect((await single(owner.bearer, mine.id)).status).toBe(404)

    const theirs = await createCompanyVia(owner.bearer)
    const { booth } = await insertBooth(theirs.id, { status: 'accepted' })
    const answer = await remove(admin.bearer, theirs.id)
    expect(answer.status).toBe(200)
    expect(await db().tradeBooth.findUnique({ where: { id: booth.id }, select: { deletedById: true } })).toEqual({ deletedById: admin.user.id })
    expect((await send(api(), 'GET', `/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`, { headers: admin.bearer })).status).toBe(404)
    const mail = await smtp.waitForMail(owner.user.email, (m) => m.subject.includes(theirs.name))
    expect(mail.text).toContain('by an administrator')
    expect(mail.text).toContain('1 trade booth')
    const audit = await db().auditLog.findFirst({ where: { action: 'company.deleted', entityId: theirs.id } })
    expect(audit).toMatchObject({ actorId: admin.user.id, details: { name: theirs.name, owner_id: owner.user.id, booths: 1 } })
    // Deleting one's own company sends no mail.
    expect(smtp.received().filter((m) => m.to.includes(owner.user.email.toLowerCase()) && m.subject.includes(mine.name))).toEqual([])
  })
})
