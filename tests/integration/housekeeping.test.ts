import { describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import { scheduleHousekeeping } from '@/lib/services/housekeeping'
import { createMfaChallenge } from '@/lib/services/mfa/mfa-challenge'
import { createUser } from '../helpers/users'

const HOUR = 3_600_000
const DAY = 24 * HOUR

describe('housekeeping', () => {
  it('purges second-factor challenges an hour past their time and dashboard sessions a week after they ended', async () => {
    const { user } = await createUser()
    await createMfaChallenge(user.id, 'password', {})
    await createMfaChallenge(user.id, 'password', {})
    const [, stale] = await db().mfaChallenge.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } })
    await db().mfaChallenge.update({ where: { id: stale!.id }, data: { expiresAt: new Date(Date.now() - 2 * HOUR) } })

    const live = await db().dashboardSession.create({ data: { userId: user.id } })
    // Ended a week ago, and started more than a week ago (past any cookie's 24 hours): both go.
    await db().dashboardSession.create({ data: { userId: user.id, createdAt: new Date(Date.now() - 9 * DAY), revokedAt: new Date(Date.now() - 8 * DAY) } })
    await db().dashboardSession.create({ data: { userId: user.id, createdAt: new Date(Date.now() - 8 * DAY) } })
    const endedToday = await db().dashboardSession.create({ data: { userId: user.id, revokedAt: new Date() } })

    const stop = scheduleHousekeeping(60_000)
    try {
      await vi.waitFor(async () => expect(await db().mfaChallenge.count({ where: { userId: user.id } })).toBe(1))
      await vi.waitFor(async () =>
        expect((await db().dashboardSession.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id).sort()).toEqual(
          [live.id, endedToday.id].sort(),
        ),
      )
    } finally {
      await stop()
    }
  })
})
