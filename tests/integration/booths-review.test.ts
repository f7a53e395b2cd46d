import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { resetConfig } from '@/lib/config'
import { db } from '@/lib/db'
import type { BoothWithWarningsJson } from '@/lib/schemas/booths'
import { boothStatusHistory } from '@/lib/services/booths/booth-status-history'
import { boothsInRange } from '@/lib/services/booths/booths-in-range'
import { acceptBooths } from '@/lib/services/booths/review-booth'
import { countPendingBooths, listReviewQueue } from '@/lib/services/booths/review-queue'
import { boothFields, createBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { startSmtpServer, type TestSmtp } from '../helpers/smtp'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

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

const review = (headers: Record<string, string>, id: string, json: unknown, method: 'PATCH' | 'PUT' = 'PATCH') =>
  send<{ id: string; status: string; reason: string | null }>(api(), method, `/api/tradebooth/status?id=${id}`, { headers, json })

async function setup() {
  const owner = await createUser()
  const company = await insertCompany(owner.user.id)
  const staff = await createUser({ role: 'staff' })
  const booth = await createBooth(owner.bearer, boothFields(company.id))
  return { owner, company, staff, booth }
}

describe('PATCH/PUT /api/tradebooth/status', () => {
  it('accepts a booth: one room however often it is accepted, an audit entry and a mail to the owner', async () => {
    const { owner, staff, booth } = await setup()
    const answer = await review(staff.bearer, booth.id, { status: 'accepted' })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toEqual({ id: booth.id, status: 'accepted', reason: null })
    expect((await review(staff.bearer, booth.id, { status: 'accepted' }, 'PUT')).status).toBe(200)
    const rooms = await db().room.findMany({ where: { boothId: booth.id } })
    expect(rooms).toHaveLength(1)
    expect(rooms[0]).toMatchObject({ kind: 'booth', name: booth.title })
    const mail = await smtp.waitForMail(owner.user.email, (m) => m.subject.includes('accepted'))
    expect(mail.text).toContain(booth.title)
    const audit = await db().auditLog.findMany({ where: { entityId: booth.id, action: 'booth.accepted' } })
    expect(audit[0]).toMatchObject({ actorId: staff.user.id, entityType: 'trade_booth' })
    const status = await send(api(), 'GET', `/api/tradebooth/status?id=${booth.id}`, { headers: owner.bearer })
    expect(status.body.data).toEqual({ id: booth.id, status: 'accepted', reason: null })
  })

  it('rejects only with a reason (≤ 500 characters), which the owner reads in the mail and the status', async () => {
    const { owner, staff, booth } = await setup()
    for (const body of [
      { status: 'rejected' },
      { status: 'rejected', reason: '  ' },
      { status: 'rejected', reason: 'x'.repeat(501) },
      { status: 'pending' },
      { status: 'approved' },
      { status: 'accepted', extra: 1 },
    ]) {
      const answer = await review(staff.bearer, booth.id, body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
    }
    const rejected = await review(staff.bearer, booth.id, { status: 'rejected', reason: 'The brochure is missing' })
    expect(rejected.body.data).toEqual({ id: booth.id, status: 'rejected', reason: 'The brochure is missing' })
    const mail = await smtp.waitForMail(owner.user.email, (m) => m.subject.includes('not accepted'))
    expect(mail.text).toContain('The brochure is missing')
    expect(await db().room.count({ where: { boothId: booth.id } })).toBe(0)
  })

  it('answers 404 for an unknown booth and 400 for malformed JSON', async () => {
    const staff = await createUser({ role: 'staff' })
    expect((await review(staff.bearer, '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c', { status: 'accepted' })).status).toBe(404)
    expect((await send(api(), 'GET', '/api/tradebooth/status?id=0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c', { headers: staff.bearer })).status).toBe(404)
    const malformed = await send(api(), 'PATCH', '/api/tradebooth/status?id=x', {
      headers: { ...staff.bearer, 'content-type': 'application/json' },
      body: '{"status":',
    })
    expect(malformed.status).toBe(400)
  })
})

describe('the review workflow', () => {
  const update = (headers: Record<string, string>, id: string, fields: Record<string, string>) =>
    send<BoothWithWarningsJson>(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${id}`, { headers, body: form(fields) })

  it('sends an accepted booth back to review when its schedule changes, keeping the accepted snapshot and the room', async () => {
    const { owner, staff, booth } = await setup()
    await review(staff.bearer, booth.id, { status: 'accepted' })
    const retitled = await update(owner.bearer, booth.id, { title: 'New title', description: 'More text' })
    expect(retitled.body.data.status).toBe('accepted')

    const moved = await update(owner.bearer, booth.id, { start_time: '10:00AM', end_time: '12:00PM' })
    expect(moved.status).toBe(200)
    expect(moved.body.data.status).toBe('pending')
    const row = await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })
    expect(row.acceptedSnapshot).toMatchObject({ title: booth.title, start_time: '09:30', end_time: '11:00', starts_at: booth.starts_at })

    const queue = await listReviewQueue({ id: staff.user.id, role: staff.user.role }, { page: 1, page_size: 100 })
    const item = queue.items.find((entry) => entry.id === booth.id)
    expect(item?.accepted_snapshot?.start_time).toBe('09:30')
    expect(item?.changed_fields).toEqual(expect.arrayContaining(['title', 'start_time', 'end_time', 'starts_at', 'ends_at', 'description']))

    await review(staff.bearer, booth.id, { status: 'accepted' })
    expect(await db().room.count({ where: { boothId: booth.id } })).toBe(1)
    const history = await boothStatusHistory(booth.id)
    expect(history.map((event) => event.action)).toEqual(['created', 'accepted', 'resubmitted', 'accepted'])
  })

  it('resubmits a rejected booth on any edit', async () => {
    const { owner, staff, booth } = await setup()
    await review(staff.bearer, booth.id, { status: 'rejected', reason: 'Blurry image' })
    const edited = await update(owner.bearer, booth.id, { description: 'Sharper now' })
    expect(edited.body.data).toMatchObject({ status: 'pending', reason: null })
    const history = await boothStatusHistory(booth.id)
    expect(history.map((event) => [event.action, event.reason])).toEqual([
      ['created', null],
      ['rejected', 'Blurry image'],
      ['resubmitted', null],
    ])
  })

  it('lists pending booths oldest first with conflicts flagged, counts them, accepts in bulk', async () => {
    const { owner, company, staff } = await setup()
    const location = `Queue hall ${Date.now()}`
    const first = await createBooth(owner.bearer, boothFields(company.id, { location, start_time: '13:00', end_time: '14:00' }))
    const second = await createBooth(owner.bearer, boothFields(company.id, { location: location.toUpperCase(), start_time: '13:30', end_time: '15:00' }))
    const queue = await listReviewQueue({ id: staff.user.id, role: staff.user.role }, { page: 1, page_size: 100 })
    const ids = queue.items.map((item) => item.id)
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id))
    expect(queue.items.find((item) => item.id === second.id)?.conflicts.map((conflict) => conflict.booth_id)).toEqual([first.id])
    expect(queue.items.find((item) => item.id === first.id)?.conflicts.map((conflict) => conflict.booth_id)).toEqual([second.id])
    const pending = await countPendingBooths()
    expect(pending).toBe(queue.total)

    const actor = { id: staff.user.id, role: staff.user.role }
    const result = await acceptBooths(actor, [first.id, second.id, '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c'])
    expect(result).toEqual({ accepted: [first.id, second.id], missing: ['0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c'] })
    expect(await countPendingBooths()).toBe(pending - 2)
    await expect(acceptBooths({ id: owner.user.id, role: 'user' }, [first.id])).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Only staff can review booths',
    })

    const calendar = await boothsInRange(actor, { from: '2026-11-24', to: '2026-11-24' })
    expect(calendar.map((booth) => booth.id)).toEqual(expect.arrayContaining([first.id, second.id]))
    expect(calendar.every((booth) => booth.date === '2026-11-24')).toBe(true)
  })
})
