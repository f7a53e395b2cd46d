import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getOverview, type Overview } from '@/lib/services/overview/get-overview'

// A fixed "now" so that every seeded row lands in a known bucket: 25 Nov 2026, 12:34 UTC.
const NOW = new Date('2026-11-25T12:34:00Z')
const at = (iso: string) => new Date(iso)

async function seed() {
  const prisma = db()
  const select = { id: true, email: true }
  const admin = await prisma.user.create({ data: { email: 'admin@overview.test', role: 'admin', createdAt: at('2026-11-12T08:00:00Z') }, select })
  const alice = await prisma.user.create({ data: { email: 'alice@overview.test', createdAt: at('2026-11-24T09:00:00Z') }, select })
  await Promise.all(
    [
      { email: 'bob@overview.test', createdAt: at('2026-11-25T10:00:00Z') },
      { email: 'gone@overview.test', isActive: false, createdAt: at('2026-11-25T11:00:00Z') },
      // Older than the 14-day window: counted in the totals, not in the series.
      { email: 'old@overview.test', createdAt: at('2026-10-01T00:00:00Z') },
    ].map((data) => prisma.user.create({ data, select })),
  )
  const company = await prisma.company.create({ data: { name: 'Acme', nameKey: 'acme', ownerId: alice.id } })
  await prisma.company.create({ data: { name: 'Globex', nameKey: 'globex', ownerId: alice.id } })
  const slot = {
    companyId: company.id,
    date: at('2026-12-01T00:00:00Z'),
    startsAt: at('2026-12-01T09:00:00Z'),
    endsAt: at('2026-12-01T10:00:00Z'),
    location: 'Hall A',
  }
  for (const [index, status] of (['pending', 'pending', 'accepted', 'rejected', 'pending'] as const).entries()) {
    await prisma.tradeBooth.create({ data: { ...slot, title: `Booth ${index}`, status } })
  }
  const room = await prisma.room.create({ data: { name: 'Lobby' } })
  const sentAt = [
    '2026-11-24T12:59:59Z', // before the first bucket (13:00 yesterday): left out
    '2026-11-24T13:00:00Z', // first bucket
    '2026-11-25T09:15:00Z',
    '2026-11-25T09:45:00Z',
    '2026-11-25T12:30:00Z', // current hour, the last bucket
    '2026-11-25T12:40:00Z', // after "now": left out
  ]
  for (const [index, iso] of sentAt.entries()) {
    await prisma.message.create({ data: { roomId: room.id, seq: index + 1, userId: alice.id, body: `hello ${index}`, createdAt: at(iso) } })
  }
  const audit = [
    { action: 'company.created', entityType: 'company', entityId: company.id, actorId: alice.id, createdAt: at('2026-11-25T08:00:00Z') },
    { action: 'booth.accepted', entityType: 'trade_booth', entityId: 'b1', actorId: admin.id, createdAt: at('2026-11-25T12:00:00Z') },
    { action: 'user.registered', entityType: 'user', entityId: alice.id, actorId: null, createdAt: at('2026-11-25T10:00:00Z') },
  ]
  for (const data of audit) await prisma.auditLog.create({ data })
  for (let index = 0; index < 10; index++) {
    await prisma.auditLog.create({
      data: { action: 'user.email_verified', entityType: 'user', actorId: alice.id, createdAt: at(`2026-11-20T0${index}:00:00Z`) },
    })
  }
  return { admin, alice }
}

describe('the overview', () => {
  let overview: Overview
  let seeded: Awaited<ReturnType<typeof seed>>

  beforeAll(async () => {
    seeded = await seed()
    overview = await getOverview({ id: seeded.admin.id, role: 'admin' }, NOW)
  })

  it('counts users, companies, booths by status, rooms and messages', () => {
    expect(overview.totals).toEqual({
      users: 5,
      activeUsers: 4,
      companies: 2,
      booths: { pending: 3, accepted: 1, rejected: 1 },
      rooms: 1,
      messages: 6,
    })
    expect(overview.onlineUsers).toBeNull()
  })

  it('gives 24 zero-filled hourly buckets of messages, the current hour last', () => {
    const buckets = overview.messagesPerHour
    expect(buckets).toHaveLength(24)
    expect(buckets[0]).toEqual({ start: '2026-11-24T13:00:00.000Z', count: 1 })
    expect(buckets[23]).toEqual({ start: '2026-11-25T12:00:00.000Z', count: 1 })
    expect(buckets.find((bucket) => bucket.start === '2026-11-25T09:00:00.000Z')?.count).toBe(2)
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(4)
    expect(buckets.filter((bucket) => bucket.count === 0)).toHaveLength(21)
    const first = Date.parse('2026-11-24T13:00:00Z')
    expect(buckets.map((bucket) => Date.parse(bucket.start) - first)).toEqual(Array.from({ length: 24 }, (_, index) => index * 3_600_000))
  })

  it('gives 14 daily buckets of new users, today last', () => {
    const days = overview.newUsersPerDay
    expect(days).toHaveLength(14)
    expect(days[0]).toEqual({ start: '2026-11-12T00:00:00.000Z', count: 1 })
    expect(days[12]).toEqual({ start: '2026-11-24T00:00:00.000Z', count: 1 })
    expect(days[13]).toEqual({ start: '2026-11-25T00:00:00.000Z', count: 2 })
    expect(days.reduce((sum, day) => sum + day.count, 0)).toBe(4)
  })

  it('lists the last ten audit entries, newest first, with the actor email', () => {
    const activity = overview.recentActivity
    expect(activity).toHaveLength(10)
    expect(activity.slice(0, 3).map((item) => [item.action, item.actorEmail])).toEqual([
      ['booth.accepted', seeded.admin.email],
      ['user.registered', null],
      ['company.created', seeded.alice.email],
    ])
    const times = activity.map((item) => item.createdAt.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(activity[3]?.createdAt.toISOString()).toBe('2026-11-20T09:00:00.000Z')
  })
})

describe('the overview for staff and for admins', () => {
  it('shows staff the actors by name, never their emails; admins also get the emails', async () => {
    const prisma = db()
    const actor = await prisma.user.create({ data: { email: 'reviewer@overview-roles.test', name: 'Rita Reviewer', role: 'staff' } })
    const staff = await prisma.user.create({ data: { email: 'staff@overview-roles.test', name: 'Sam Staff', role: 'staff' } })
    const admin = await prisma.user.create({ data: { email: 'boss@overview-roles.test', name: 'Ada Admin', role: 'admin' } })
    await prisma.auditLog.create({
      data: {
        action: 'booth.rejected',
        entityType: 'trade_booth',
        entityId: 'b9',
        actorId: actor.id,
        ip: '203.0.113.7',
        createdAt: at('2026-11-25T12:20:00Z'),
      },
    })

    const forStaff = await getOverview({ id: staff.id, role: 'staff' }, NOW)
    const latest = forStaff.recentActivity[0]
    expect(latest).toMatchObject({ action: 'booth.rejected', actorId: actor.id, actorName: 'Rita Reviewer' })
    expect(latest).not.toHaveProperty('actorEmail')
    expect(JSON.stringify(forStaff)).not.toContain('@')
    expect(JSON.stringify(forStaff)).not.toContain('203.0.113.7')

    const forAdmin = await getOverview({ id: admin.id, role: 'admin' }, NOW)
    expect(forAdmin.recentActivity[0]).toMatchObject({ action: 'booth.rejected', actorName: 'Rita Reviewer', actorEmail: 'reviewer@overview-roles.test' })
  })
})
