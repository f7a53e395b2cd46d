import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import type { Page } from '@/lib/pagination'
import { db } from '@/lib/db'
import type { BoothJson, BoothWithWarningsJson } from '@/lib/schemas/booths'
import { boothFields, createBooth, createBoothVia } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

async function owner() {
  const me = await createUser()
  const company = await insertCompany(me.user.id)
  return { ...me, company }
}

describe('POST /api/tradebooth/create-tradebooth', () => {
  it('creates a pending booth and answers 201 with the booth JSON', async () => {
    const me = await owner()
    const answer = await createBoothVia(me.bearer, boothFields(me.company.id, { title: 'Solar demo', timezone: 'UTC' }))
    expect(answer.status).toBe(201)
    expect(answer.body.status).toBe(201)
    const booth = answer.body.data
    expect(booth).toMatchObject({
      company_id: me.company.id,
      title: 'Solar demo',
      date: '2026-11-24',
      start_time: '09:30',
      end_time: '11:00',
      timezone: 'UTC',
      starts_at: '2026-11-24T09:30:00.000Z',
      ends_at: '2026-11-24T11:00:00.000Z',
      status: 'pending',
      reason: null,
      image_url: null,
      pdf_url: null,
      docx_url: null,
      warnings: [],
    })
    expect(Object.keys(booth).sort()).toEqual(
      [
        'id',
        'company_id',
        'title',
        'date',
        'start_time',
        'end_time',
        'timezone',
        'starts_at',
        'ends_at',
        'location',
        'description',
        'status',
        'reason',
        'image_url',
        'pdf_url',
        'docx_url',
        'created_at',
        'warnings',
      ].sort(),
    )
    const row = await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })
    expect(row.createdById).toBe(me.user.id)
  })

  it.each([
    ['America/New_York', '24 Nov, 2026', '09:30AM', '5:00 pm', '2026-11-24T14:30:00.000Z', '2026-11-24T22:00:00.000Z', '09:30', '17:00'],
    ['Asia/Kolkata', '24 Nov, 2026', '09:30AM', '11:15AM', '2026-11-24T04:00:00.000Z', '2026-11-24T05:45:00.000Z', '09:30', '11:15'],
    ['America/New_York', '2026-07-04', '09:30:00', '10:00', '2026-07-04T13:30:00.000Z', '2026-07-04T14:00:00.000Z', '09:30', '10:00'],
    ['america/new_york', '1 March 2026', '12:00 AM', '12:30am', '2026-03-01T05:00:00.000Z', '2026-03-01T05:30:00.000Z', '00:00', '00:30'],
  ])('reads %s %s %s–%s as the right instants', async (timezone, date, start, end, startsAt, endsAt, startLocal, endLocal) => {
    const me = await owner()
    const booth = await createBooth(me.bearer, boothFields(me.company.id, { timezone, date, start_time: start, end_time: end }))
    expect(booth.starts_at).toBe(startsAt)
    expect(booth.ends_at).toBe(endsAt)
    expect(booth.start_time).toBe(startLocal)
    expect(booth.end_time).toBe(endLocal)
    expect(booth.timezone).toBe(timezone === 'america/new_york' ? 'America/New_York' : timezone)
    expect(booth.date).toBe(startLocal === '00:00' ? '2026-03-01' : booth.date)
  })

  it.each([
    ['a date that does not exist', { date: '30 Feb, 2026' }, 'date'],
    ['a date in no known form', { date: '11/24/2026' }, 'date'],
    ['a malformed start time', { start_time: '25:00' }, 'start_time'],
    ['an AM/PM time past 12', { start_time: '13:30PM' }, 'start_time'],
    ['an unknown timezone', { timezone: 'Mars/Olympus_Mons' }, 'timezone'],
    ['an offset instead of a zone', { timezone: '+05:30' }, 'timezone'],
    ['the end before the start', { start_time: '11:00', end_time: '09:30' }, 'end_time'],
    ['the end equal to the start', { start_time: '09:30AM', end_time: '09:30' }, 'end_time'],
    ['a missing title', { title: '' }, 'title'],
    ['a malformed company id', { company_id: 'not-a-uuid' }, 'company_id'],
    ['a status set by the client', { status: 'accepted' }, 'body'],
  ])('refuses %s with 400 naming the field', async (_name, overrides, field) => {
    const me = await owner()
    const answer = await createBoothVia(me.bearer, boothFields(me.company.id, overrides))
    expect(answer.status).toBe(400)
    expect(answer.body.status).toBe(400)
    expect(Object.keys(answer.body.errors ?? {})).toContain(field)
    expect(await db().tradeBooth.count({ where: { companyId: me.company.id } })).toBe(0)
  })

  it('answers 404 for a company that does not exist', async () => {
    const me = await owner()
    const answer = await createBoothVia(me.bearer, boothFields('0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c'))
    expect(answer.status).toBe(404)
  })

  it('refuses the same booth twice with 409 (title and location ignoring case)', async () => {
    const me = await owner()
    const fields = boothFields(me.company.id)
    await createBooth(me.bearer, fields)
    const again = await createBoothVia(me.bearer, {
      ...fields,
      title: fields.title!.toUpperCase(),
      location: fields.location!.toLowerCase(),
      start_time: '09:30AM',
    })
    expect(again.status).toBe(409)
    expect(again.body.errors).toHaveProperty('title')
    const otherStart = await createBoothVia(me.bearer, { ...fields, start_time: '10:00' })
    expect(otherStart.status).toBe(201)
  })

  it('returns overlapping booths at the same location as warnings, not as a refusal', async () => {
    const me = await owner()
    const first = await createBooth(me.bearer, boothFields(me.company.id, { location: 'Hall Z-overlap', start_time: '09:00', end_time: '10:00' }))
    const backToBack = await createBooth(me.bearer, boothFields(me.company.id, { location: 'Hall Z-overlap', start_time: '10:00', end_time: '11:00' }))
    expect(backToBack.warnings).toEqual([])
    const clash = await createBoothVia(me.bearer, boothFields(me.company.id, { location: 'hall z-OVERLAP', start_time: '09:30', end_time: '10:30' }))
    expect(clash.status).toBe(201)
    expect(clash.body.data.warnings.map((warning) => warning.booth_id).sort()).toEqual([first.id, backToBack.id].sort())
    expect(clash.body.data.warnings[0]).toEqual({ booth_id: first.id, title: first.title, starts_at: first.starts_at, ends_at: first.ends_at })
  })
})

describe('GET /api/tradebooth/get-details-tradebooths and get-single-details-tradebooth', () => {
  it('pages, filters and sorts booths', async () => {
    const me = await owner()
    const a = await createBooth(me.bearer, boothFields(me.company.id, { title: 'Alpha kiosk', date: '2027-01-10' }))
    const b = await createBooth(me.bearer, boothFields(me.company.id, { title: 'Beta kiosk', date: '12 Jan, 2027' }))
    const c = await createBooth(me.bearer, boothFields(me.company.id, { title: 'Gamma stand', date: '2027-01-20' }))
    await db().tradeBooth.update({ where: { id: c.id }, data: { status: 'accepted' } })
    const list = (query: string) =>
      send<Page<BoothJson>>(api(), 'GET', `/api/tradebooth/get-details-tradebooths?company_id=${me.company.id}&${query}`, { headers: me.bearer })

    const all = await list('sort=title&page_size=2')
    expect(all.status).toBe(200)
    expect(all.body.data).toMatchObject({ page: 1, page_size: 2, total: 3 })
    expect(all.body.data.items.map((booth) => booth.id)).toEqual([a.id, b.id])
    expect((await list('sort=title&page_size=2&page=2')).body.data.items.map((booth) => booth.id)).toEqual([c.id])
    expect((await list('q=KIOSK&sort=-title')).body.data.items.map((booth) => booth.id)).toEqual([b.id, a.id])
    expect((await list('status=accepted')).body.data.items.map((booth) => booth.id)).toEqual([c.id])
    expect((await list('date_from=2027-01-11&date_to=20 Jan, 2027&sort=starts_at')).body.data.items.map((booth) => booth.id)).toEqual([b.id, c.id])
  })

  it.each([['status=approved'], ['sort=price'], ['page_size=101'], ['date_from=yesterday'], ['company_id=42']])('refuses %s with 400', async (query) => {
    const me = await createUser()
    const answer = await send(api(), 'GET', `/api/tradebooth/get-details-tradebooths?${query}`, { headers: me.bearer })
    expect(answer.status).toBe(400)
  })

  it('shows an accepted booth to any signed-in user (a pending one only to its owner and staff), 404 for an unknown or malformed id', async () => {
    const me = await owner()
    const booth = await createBooth(me.bearer, boothFields(me.company.id))
    const stranger = await createUser()
    const path = `/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`
    expect((await send(api(), 'GET', path, { headers: stranger.bearer })).body).toMatchObject({ status: 404, data: null })
    await db().tradeBooth.update({ where: { id: booth.id }, data: { status: 'accepted' } })
    const answer = await send<BoothJson>(api(), 'GET', path, { headers: stranger.bearer })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toEqual({ ...Object.fromEntries(Object.entries(booth).filter(([key]) => key !== 'warnings')), status: 'accepted' })
    for (const id of ['0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c', 'nope']) {
      expect((await send(api(), 'GET', `/api/tradebooth/get-single-details-tradebooth?id=${id}`, { headers: stranger.bearer })).status).toBe(404)
    }
    expect((await send(api(), 'GET', '/api/tradebooth/get-single-details-tradebooth', { headers: stranger.bearer })).status).toBe(400)
  })
})

describe('PUT /api/tradebooth/update-tradebooth', () => {
  const update = (headers: Record<string, string>, id: string, fields: Record<string, string>) =>
    send<BoothWithWarningsJson>(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${id}`, { headers, body: form(fields) })

  it('changes the fields sent and keeps the others (times stay local when only the timezone changes)', async () => {
    const me = await owner()
    const booth = await createBooth(me.bearer, boothFields(me.company.id))
    const answer = await update(me.bearer, booth.id, { title: 'Renamed', timezone: 'Asia/Kolkata' })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({
      title: 'Renamed',
      location: booth.location,
      start_time: '09:30',
      end_time: '11:00',
      timezone: 'Asia/Kolkata',
      starts_at: '2026-11-24T04:00:00.000Z',
    })
  })

  it('refuses a bad schedule (the end checked against the stored start), unknown ids and duplicates', async () => {
    const me = await owner()
    const booth = await createBooth(me.bearer, boothFields(me.company.id))
    const early = await update(me.bearer, booth.id, { end_time: '09:00AM' })
    expect(early.status).toBe(400)
    expect(early.body.errors).toHaveProperty('end_time')
    expect((await update(me.bearer, booth.id, { date: '31 Apr, 2026' })).status).toBe(400)
    expect((await update(me.bearer, booth.id, { status: 'accepted' })).status).toBe(400)
    expect((await update(me.bearer, '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c', { title: 'x' })).status).toBe(404)
    const other = await createBooth(me.bearer, boothFields(me.company.id))
    const twin = await update(me.bearer, other.id, { title: booth.title, location: booth.location })
    expect(twin.status).toBe(409)
  })
})

describe('DELETE /api/tradebooth/delete-tradebooth', () => {
  it('deletes the booth (200 envelope), then 404', async () => {
    const me = await owner()
    const booth = await createBooth(me.bearer, boothFields(me.company.id))
    const answer = await send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${booth.id}`, { headers: me.bearer })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ status: 200, data: null })
    // In the trash: the row stays for a restore, and every reader is answered as before.
    expect(await db().tradeBooth.findUnique({ where: { id: booth.id }, select: { deletedById: true } })).toEqual({ deletedById: me.user.id })
    expect((await send(api(), 'GET', `/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`, { headers: me.bearer })).status).toBe(404)
    expect((await send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${booth.id}`, { headers: me.bearer })).status).toBe(404)
    const audit = await db().auditLog.findFirst({ where: { entityId: booth.id, action: 'booth.deleted' } })
    expect(audit?.actorId).toBe(me.user.id)
  })
})
