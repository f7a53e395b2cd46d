import { afterEach, describe, expect, it } from 'vitest'
import { verifyPassword } from '@/lib/auth/password'
import { resetConfig } from '@/lib/config'
import { db } from '@/lib/db'
import { seedDemoData } from '@/lib/seed/demo-data'
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
