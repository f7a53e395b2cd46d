import { afterEach, describe, expect, it } from 'vitest'
import { verifyPassword } from '@/lib/auth/password'
import { resetConfig } from '@/lib/config'
import { db } from '@/lib/db'
import { seedDemoData } from '@/lib/seed/demo-data'
import { boothStatusHistory } from '@/lib/services/booths/booth-status-history'
import { ensureFirstAdmin } from '@/lib/seed/ensure-first-admin'

describe('the seed', () => {
  afterEach(() => {
    delete process.env.ADMIN_EMAIL
    delete process.env.ADMIN_PASSWORD
    resetConfig()
  })

  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, once', async () => {
    process.env.ADMIN_EMAIL = 'Boss@Example.com'
    process.env.ADMIN_PASSWORD = 'a-long-enough-admin-password'
    resetConfig()
    const first = await ensureFirstAdmin()
    expect(first).toMatchObject({ created: true, email: 'boss@example.com', generated: false })
    const admin = await db().user.findUniqueOrThrow({ where: { email: 'boss@example.com' } })
    expect(admin.role).toBe('admin')
    expect(admin.emailVerified).not.toBeNull()
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(admin.passwordHash!, 'a-long-enough-admin-password')).toBe(true)

    expect(await ensureFirstAdmin()).toEqual({ created: false })
    expect(await db().user.count({ where: { role: 'admin' } })).toBe(1)
  })

  it('adds demo data with booths in every status, rooms and messages, and only once', async () => {
    const first = await seedDemoData()
    expect(first.skipped).toBe(false)
    const statuses = await db().tradeBooth.groupBy({ by: ['status'], _count: true })
    expect(statuses.map((row) => row.status).sort()).toEqual(['accepted', 'pending', 'rejected'])
    const accepted = await db().tradeBooth.count({ where: { status: 'accepted' } })
    expect(await db().room.count({ where: { kind: 'booth' } })).toBe(accepted)
    expect(await db().message.count()).toBe(first.messages)
    // Every decided booth's history shows its decision, by the admin, with the rejection's reason.
    const admin = await db().user.findFirstOrThrow({ where: { role: 'admin' }, select: { id: true } })
    for (const booth of await db().tradeBooth.findMany({ select: { id: true, status: true, reason: true } })) {
      const history = await boothStatusHistory(booth.id)
      const decision = booth.status === 'pending' ? [] : [{ action: booth.status, status: booth.status, reason: booth.reason, actor_id: admin.id }]
      expect(history).toMatchObject([{ action: 'created', status: 'pending' }, ...decision])
    }
    expect(await db().auditLog.count({ where: { action: { in: ['booth.accepted', 'booth.rejected'] }, actorId: admin.id } })).toBe(
      accepted + (statuses.find((row) => row.status === 'rejected')?._count ?? 0),
    )
    expect((await seedDemoData()).skipped).toBe(true)
  })
})

describe('a generated admin password', () => {
  it('is random, long enough, and printed only by the caller', async () => {
    await db().user.deleteMany({ where: { role: 'admin' } })
    const admin = await ensureFirstAdmin()
    if (!admin.created) throw new Error('expected an admin to be created')
    expect(admin.generated).toBe(true)
    expect(admin.password.length).toBeGreaterThanOrEqual(16)
    const stored = await db().user.findUniqueOrThrow({ where: { email: admin.email } })
    expect(stored.passwordHash).not.toContain(admin.password)
  })
})
