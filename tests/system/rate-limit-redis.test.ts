import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '@/lib/errors'
import { resetConfig } from '@/lib/config'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import { closeRateLimits, rateLimitStoreReady, resetRateLimits } from '@/lib/rate-limit/store'

// With REDIS_URL, limits are shared by every server process: a fresh process sees earlier counts.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  try {
    await probe.connect()
    return (await probe.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
}

const reachable = await redisReachable()
if (!reachable && process.env.CI) throw new Error(`Redis is required in CI but unreachable at ${REDIS_URL}`)
if (!reachable) console.warn(`\n  NOTICE: Redis unreachable at ${REDIS_URL}; the shared rate-limit test is skipped.\n`)

describe.runIf(reachable)('rate limits on Redis', () => {
  beforeAll(async () => {
    process.env.REDIS_URL = REDIS_URL
    resetConfig()
    resetRateLimits()
    expect(await rateLimitStoreReady()).toBe(true)
  })
  afterAll(async () => {
    await closeRateLimits()
    delete process.env.REDIS_URL
    resetConfig()
  })

  it('are shared: a cooldown taken by one process holds in another', async () => {
    const key = `test-${randomBytes(6).toString('hex')}@example.com:login`
    await consumeRateLimit('otp-cooldown', key)
    // A second process has no memory of its own: only Redis can know.
    resetRateLimits()
    const second = await consumeRateLimit('otp-cooldown', key).then(
      () => null,
      (error: unknown) => error,
    )
    expect(second).toBeInstanceOf(AppError)
    expect(second).toMatchObject({
      code: 'rate_limited',
      message: 'Too many requests, please retry later',
      headers: { 'Retry-After': expect.stringMatching(/^[1-9]\d*$/) },
    })
  })
})
