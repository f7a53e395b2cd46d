import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { onLeadShared, type LeadSharedEvent } from '@/lib/events/domain-events'
import type { LeadJson } from '@/lib/schemas/leads'
import { insertBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

type Headers = Record<string, string>
const share = (headers: Headers, boothId: string, json?: unknown) => send(api(), 'POST', `/api/tradebooth/share-contact?id=${boothId}`, { headers, json })
const withdraw = (headers: Headers, boothId: string) =>
  send<{ withdrawn: boolean }>(api(), 'DELETE', `/api/tradebooth/share-contact?id=${boothId}`, { headers })
const leads = (headers: Headers, query: string) => send<{ items: LeadJson[]; total: number }>(api(), 'GET', `/api/company/leads?${query}`, { headers })
async function exportCsv(headers: Headers, query: string) {
  const response = await api().request(new Request(`http://localhost:3000/api/company/leads/export?${query}`, { headers }))
  const type = response.headers.get('content-type')
  const text = await response.text()
  const rows = type?.startsWith('text/csv') ? (parse(text, { columns: true }) as Record<string, string>[]) : []
  return { status: response.status, type, rows, text }
}

async function show() {
  const owner = await createUser()
  const company = await insertCompany(owner.user.id)
  const { booth } = await insertBooth(company.id, { status: 'accepted' })
  return { owner, company, booth }
}

describe('leads', () => {
  it('reveals nothing of a visitor who only visited; a share gives the company their contact and note', async () => {
    const { owner, company, booth } = await show()
    const visitor = await createUser()
    await send(api(), 'POST', `/api/tradebooth/visit?id=${booth.id}`, { headers: visitor.bearer })
    expect((await leads(owner.bearer, `id=${company.id}`)).body.data).toMatchObject({ items: [], total: 0 })

    const shared = await share(visitor.bearer, booth.id, { note: 'Call me about pricing' })
    expect(shared).toMatchObject({ status: 200, body: { data: { booth_id: booth.id, note: 'Call me about pricing' } } })
    const page = await leads(owner.bearer, `id=${company.id}`)
    expect(page.body.data?.items).toEqual([
      expect.objectContaining({
        booth_id: booth.id,
        booth_title: booth.title,
        email: visitor.user.email,
        name: visitor.user.name,
        note: 'Call me about pricing',
        messages: 0,
      }),
    ])
    // Sharing again updates the note: still one lead.
    await share(visitor.bearer, booth.id, { note: 'Actually, a demo' })
    expect((await leads(owner.bearer, `id=${company.id}`)).body.data).toMatchObject({ total: 1, items: [{ note: 'Actually, a demo' }] })
  })

  it('shares without a body, validates the note, and refuses booths under review and one’s own booth', async () => {
    const { owner, company, booth } = await show()
    const visitor = await createUser()
    expect(await share(visitor.bearer, booth.id)).toMatchObject({ status: 200, body: { data: { note: '' } } })
    expect(await share(visitor.bearer, booth.id, { note: 'x'.repeat(501) })).toMatchObject({ status: 400, body: { errors: { note: [expect.any(String)] } } })
    expect(await share(owner.bearer, booth.id)).toMatchObject({ status: 409 })
    const { booth: pending } = await insertBooth(company.id, { status: 'pending' })
    expect(await share(visitor.bearer, pending.id)).toMatchObject({ status: 404, body: { data: null } })
    expect(await share(owner.bearer, pending.id)).toMatchObject({ status: 409, body: { message: 'Only an accepted booth takes contacts' } })
    expect(await share({}, booth.id)).toMatchObject({ status: 401 })
  })

  it('lets only the owner read leads: staff and admins get 403, an unknown company 404', async () => {
    const { company, booth } = await show()
    const visitor = await createUser()
    await share(visitor.bearer, booth.id)
    for (const role of ['staff', 'admin'] as const) {
      const someone = await createUser({ role })
      expect(await leads(someone.bearer, `id=${company.id}`)).toMatchObject({ status: 403, body: { status: 403, data: null } })
      const csv = await exportCsv(someone.bearer, `id=${company.id}`)
      expect(csv).toMatchObject({ status: 403, type: expect.stringMatching(/^application\/json/) })
      expect(csv.text).not.toContain(visitor.user.email)
    }
    expect(await leads(visitor.bearer, `id=${company.id}`)).toMatchObject({ status: 403 })
    expect(await leads(visitor.bearer, 'id=0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c')).toMatchObject({ status: 404 })
    expect(await leads(visitor.bearer, '')).toMatchObject({ status: 400 })
  })

  it('withdrawing removes the contact from the list and the export at once', async () => {
    const { owner, company, booth } = await show()
    const [ana, ben] = [await createUser(), await createUser()]
    await share(ana.bearer, booth.id, { note: 'ana' })
    await share(ben.bearer, booth.id, { note: 'ben' })
    expect((await exportCsv(owner.bearer, `id=${company.id}`)).rows.map((row) => row.email)).toEqual([ana.user.email, ben.user.email])
    expect(await withdraw(ana.bearer, booth.id)).toMatchObject({ status: 200, body: { data: { withdrawn: true } } })
    expect(await withdraw(ana.bearer, booth.id)).toMatchObject({ status: 200, body: { data: { withdrawn: false } } })
    expect((await leads(owner.bearer, `id=${company.id}`)).body.data?.items.map((lead) => lead.email)).toEqual([ben.user.email])
    const csv = await exportCsv(owner.bearer, `id=${company.id}`)
    expect(csv.rows.map((row) => row.email)).toEqual([ben.user.email])
    expect(JSON.stringify(csv.rows)).not.toContain(ana.user.email)
    expect(await db().boothStat.findUnique({ where: { boothId: booth.id } })).toMatchObject({ leads: 1 })
  })

  it('exports CSV with formula cells escaped, searches and filters by booth, and counts room messages', async () => {
    const { owner, company, booth } = await show()
    const { booth: other } = await insertBooth(company.id, { status: 'accepted' })
    const visitor = await createUser()
    await share(visitor.bearer, booth.id, { note: '=HYPERLINK("http://evil")' })
    await share(visitor.bearer, other.id, { note: 'second booth' })
    const room = await db().room.create({ data: { name: booth.title, kind: 'booth', boothId: booth.id } })
    await db().message.createMany({ data: [1, 2, 3].map((seq) => ({ roomId: room.id, seq, userId: visitor.user.id, body: `hello ${seq}` })) })

    const csv = await exportCsv(owner.bearer, `id=${company.id}&booth_id=${booth.id}`)
    expect(csv.type).toMatch(/^text\/csv/)
    expect(csv.rows).toEqual([expect.objectContaining({ email: visitor.user.email, note: `'=HYPERLINK("http://evil")`, messages: '3', booth_id: booth.id })])
    expect((await leads(owner.bearer, `id=${company.id}&q=second`)).body.data?.items.map((lead) => lead.booth_id)).toEqual([other.id])
    expect((await leads(owner.bearer, `id=${company.id}&booth_id=${booth.id}`)).body.data?.items).toEqual([expect.objectContaining({ messages: 3 })])
  })

  it("tells the company's team live, after the share is stored", async () => {
    const { owner, booth, company } = await show()
    const visitor = await createUser()
    const heard: LeadSharedEvent[] = []
    const stop = onLeadShared((event) => heard.push(event))
    try {
      await share(visitor.bearer, booth.id, { note: 'hi' })
    } finally {
      stop()
    }
    expect(heard).toEqual([expect.objectContaining({ boothId: booth.id, companyId: company.id, teamIds: [owner.user.id] })])
    expect(await db().lead.count({ where: { id: heard[0]!.leadId } })).toBe(1)
  })
})
