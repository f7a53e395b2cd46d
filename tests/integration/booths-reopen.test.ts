import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { api } from '@/lib/api/app'
import { resetConfig } from '@/lib/config'
import { db } from '@/lib/db'
import { onBoothStatusChanged, type BoothStatusChangedEvent } from '@/lib/events/domain-events'
import { CLIENT_IP_HEADER, becomeFrontDoor } from '@/lib/http/client-address'
import { listAuditLog, listAuditLogQuerySchema } from '@/lib/services/audit/list-audit-log'
import { sentenceText } from '@/lib/services/audit/describe-audit-entry'
import { boothStatusHistory } from '@/lib/services/booths/booth-status-history'
import { reopenBooth } from '@/lib/services/booths/reopen-booth'
import { reviewBooth } from '@/lib/services/booths/review-booth'
import { listReviewQueue } from '@/lib/services/booths/review-queue'
import { insertBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { startSmtpServer, type TestSmtp } from '../helpers/smtp'
import { withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

// The dashboard's server actions run here as Next runs them: the session and the request headers
// are Next's, stood in for below; everything after them (guard, service, database) is real.
const session = vi.hoisted(() => ({
  user: null as null | { id: string; name: string | null; email: string; role: 'user' | 'staff' | 'admin'; mfaEnabled: boolean; signInId: string | null },
  headers: {} as Record<string, string>,
}))
vi.mock('next/headers', () => ({ headers: async () => new Headers(session.headers) }))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }))
vi.mock('@/lib/auth/dashboard-session', () => ({ getDashboardUser: async () => session.user }))
// next-intl's request config is Next's too: the actions speak English here, through the same messages.
vi.mock('next-intl/server', async () => {
  const { translator } = await import('@/lib/i18n/translator')
  return { getLocale: async () => 'en', getTranslations: async (namespace: Parameters<typeof translator>[1]) => translator('en', namespace) }
})

const { reopenBoothAction, rejectBoothAction } = await import('@/app/(dashboard)/review/actions')

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

async function setup(status: 'accepted' | 'rejected') {
  const owner = await createUser()
  const other = await createUser()
  const staff = await createUser({ role: 'staff' })
  const company = await insertCompany(owner.user.id)
  const { booth } = await insertBooth(company.id, { ownerId: owner.user.id })
  const reviewer = { id: staff.user.id, role: staff.user.role }
  await reviewBooth(reviewer, booth.id, status === 'accepted' ? { status } : { status, reason: 'Overlaps with the keynote' })
  return { owner, other, staff, reviewer, booth }
}

const asDashboardUser = (user: { id: string; name: string | null; email: string; role: 'user' | 'staff' | 'admin' }) => {
  session.user = { id: user.id, name: user.name, email: user.email, role: user.role, mfaEnabled: false, signInId: null }
}

describe('staff re-open a decided booth', () => {
  it('from accepted: back to pending and the queue, hidden from others, room and snapshot kept; owner mailed and told live', async () => {
    const { owner, other, staff, reviewer, booth } = await setup('accepted')
    const heard: BoothStatusChangedEvent[] = []
    const stop = onBoothStatusChanged((event) => heard.push(event))
    try {
      expect(await reopenBooth(reviewer, booth.id)).toEqual({ id: booth.id, status: 'pending', reason: null })
    } finally {
      stop()
    }
    const row = await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })
    expect(row).toMatchObject({ status: 'pending', reason: null, reviewedById: staff.user.id })
    expect(row.acceptedSnapshot).toMatchObject({ title: booth.title })
    expect(await db().room.count({ where: { boothId: booth.id } })).toBe(1)
    expect(heard).toEqual([expect.objectContaining({ boothId: booth.id, ownerId: owner.user.id, status: 'pending', reason: null })])

    const queue = await listReviewQueue(reviewer, { page: 1, page_size: 100 })
    expect(queue.items.map((item) => item.id)).toContain(booth.id)
    // A pending booth is the owner's and staff's only (booth-visibility.ts).
    const single = (headers: Record<string, string>) => send(api(), 'GET', `/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`, { headers })
    expect((await single(other.bearer)).status).toBe(404)
    expect((await single(owner.bearer)).status).toBe(200)

    const mail = await smtp.waitForMail(owner.user.email, (m) => m.subject.includes('back under review'))
    expect(mail.text).toContain(booth.title)

    const history = await boothStatusHistory(booth.id)
    expect(history.map((event) => [event.action, event.status])).toEqual([
      ['accepted', 'accepted'],
      ['reopened', 'pending'],
    ])
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: booth.id, action: 'booth.reopened' } })
    expect(entry).toMatchObject({ actorId: staff.user.id, details: { title: booth.title, status_from: 'accepted', status_to: 'pending', reason: null } })
  })

  it('from rejected, with a note: the reason is cleared, the note kept in the history and the mail', async () => {
    const { owner, reviewer, booth } = await setup('rejected')
    await reopenBooth(reviewer, booth.id, '  The keynote moved; your slot is free.  ')
    expect(await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id }, select: { status: true, reason: true } })).toEqual({
      status: 'pending',
      reason: null,
    })
    const history = await boothStatusHistory(booth.id)
    expect(history.map((event) => [event.action, event.reason])).toEqual([
      ['rejected', 'Overlaps with the keynote'],
      ['reopened', 'The keynote moved; your slot is free.'],
    ])
    const mail = await smtp.waitForMail(owner.user.email, (m) => m.subject.includes('back under review'))
    expect(mail.text).toContain('The keynote moved; your slot is free.')
  })

  it('changes a decision directly: accepted → rejected with a reason, then rejected → accepted', async () => {
    const { reviewer, booth } = await setup('accepted')
    await reviewBooth(reviewer, booth.id, { status: 'rejected', reason: 'The brochure is for another product' })
    await reviewBooth(reviewer, booth.id, { status: 'accepted' })
    const history = await boothStatusHistory(booth.id)
    expect(history.map((event) => [event.action, event.reason])).toEqual([
      ['accepted', null],
      ['rejected', 'The brochure is for another product'],
      ['accepted', null],
    ])
    const entries = await db().auditLog.findMany({ where: { entityId: booth.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { details: true } })
    expect(entries.map((entry) => entry.details)).toMatchObject([
      { status_from: 'pending', status_to: 'accepted' },
      { status_from: 'accepted', status_to: 'rejected', reason: 'The brochure is for another product' },
      { status_from: 'rejected', status_to: 'accepted' },
    ])
  })

  it('refuses a booth that is already pending (409), an unknown one (404) and anyone below staff (403)', async () => {
    const { owner, reviewer, booth } = await setup('accepted')
    await reopenBooth(reviewer, booth.id)
    await expect(reopenBooth(reviewer, booth.id)).rejects.toMatchObject({ code: 'conflict', message: 'This booth is already waiting for review' })
    await expect(reopenBooth(reviewer, '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c')).rejects.toMatchObject({ code: 'not_found', message: 'Booth not found' })
    await reviewBooth(reviewer, booth.id, { status: 'accepted' })
    await expect(reopenBooth({ id: owner.user.id, role: 'user' }, booth.id)).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Only staff can review booths',
    })
    expect((await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })).status).toBe('accepted')
  })

  it('shows a decision that left no audit entry, from the booth’s own reviewed_at and reason', async () => {
    const owner = await createUser()
    const staff = await createUser({ role: 'staff' })
    const company = await insertCompany(owner.user.id)
    const { booth } = await insertBooth(company.id)
    const reviewedAt = new Date('2026-11-20T10:00:00Z')
    await db().tradeBooth.update({ where: { id: booth.id }, data: { status: 'rejected', reason: 'Too late', reviewedAt, reviewedById: staff.user.id } })
    expect(await boothStatusHistory(booth.id)).toEqual([
      { action: 'rejected', status: 'rejected', reason: 'Too late', actor_id: staff.user.id, actor_name: staff.user.name, at: reviewedAt.toISOString() },
    ])
  })
})

describe('the dashboard actions', () => {
  it('re-open and reject through the guard, recording the client address server.ts stamped and a request id', async () => {
    const { staff, booth } = await setup('rejected')
    becomeFrontDoor()
    session.headers = { [CLIENT_IP_HEADER]: '198.51.100.23', 'x-forwarded-for': '203.0.113.9' }
    asDashboardUser(staff.user)
    expect(await reopenBoothAction(booth.id, '')).toEqual({ ok: true, message: 'Booth re-opened for review; the owner has been told.' })
    expect(await rejectBoothAction(booth.id, 'Still overlapping')).toEqual({ ok: true, message: 'Booth rejected; the owner has been told why.' })
    const entries = await db().auditLog.findMany({
      where: { entityId: booth.id, action: { in: ['booth.reopened', 'booth.rejected'] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { action: true, ip: true, requestId: true, actorId: true },
    })
    expect(entries.slice(1)).toEqual([
      { action: 'booth.reopened', ip: '198.51.100.23', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), actorId: staff.user.id },
      { action: 'booth.rejected', ip: '198.51.100.23', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), actorId: staff.user.id },
    ])
    expect(entries[1]!.requestId).not.toBe(entries[2]!.requestId)

    // The audit page reads it as a sentence, with the address.
    const page = await listAuditLog({ role: 'admin' }, listAuditLogQuerySchema.parse({ action: 'booth.reopened', actor: staff.user.email }))
    expect(page.items[0]).toMatchObject({ ip: '198.51.100.23' })
    expect(sentenceText(page.items[0]!.sentence)).toBe(`${staff.user.name} re-opened ${booth.title} for review`)
  })

  it('refuses a plain user and a bad id, and changes nothing', async () => {
    const { owner, booth } = await setup('accepted')
    asDashboardUser(owner.user)
    expect(await reopenBoothAction(booth.id, '')).toEqual({ ok: false, message: 'You are not allowed to do this.' })
    session.user = null
    expect(await reopenBoothAction(booth.id, '')).toEqual({ ok: false, message: 'Your session has ended. Sign in again.' })
    expect(await reopenBoothAction('not-an-id', '')).toEqual({ ok: false, message: 'That request was not valid.' })
    expect((await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })).status).toBe('accepted')
    expect(await db().auditLog.count({ where: { entityId: booth.id, action: 'booth.reopened' } })).toBe(0)
  })
})
