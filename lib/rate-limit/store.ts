import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { config } from '@/lib/config'
import { logger } from '@/lib/log/logger'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { policies, type PolicyName } from './policies'

/*
 * One limiter per policy and process. With REDIS_URL the counters are shared by every process
 * (and survive a restart); if Redis is unreachable, each process falls back to its own memory
 * counters rather than failing the request or letting everything through.
 */
interface LimiterState {
  limiters: Map<PolicyName, RateLimiterAbstract>
  redis?: Redis
}
const limiterState = processSingleton<LimiterState>('rate-limiters', () => ({ limiters: new Map() }))

function state(): LimiterState {
  return limiterState.get()
}

function redisClient(url: string): Redis {
  const current = state()
  if (!current.redis) {
    // No offline queue: a limiter call during an outage fails at once and the memory insurance answers.
    current.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    current.redis.on('error', (error: Error) => logger().warn({ err: error.message }, 'rate-limit redis error'))
  }
  return current.redis
}

export function limiter(name: PolicyName): RateLimiterAbstract {
  const { limiters } = state()
  let found = limiters.get(name)
  if (!found) {
    const { points, duration } = policies[name]
    const memory = new RateLimiterMemory({ keyPrefix: `rl:${name}`, points, duration })
    const url = config().REDIS_URL
    found = url
      ? new RateLimiterRedis({
          storeClient: redisClient(url),
          keyPrefix: `vicross:rl:${name}`,
          points,
          duration,
          insuranceLimiter: memory,
          rejectIfRedisNotReady: true,
        })
      : memory
    limiters.set(name, found)
  }
  return found
}

/** Forgets this process's counters, of the given policies or all (tests: "the cooldown has passed"). Redis keys are not touched. */
export function resetRateLimits(...names: PolicyName[]): void {
  const { limiters } = state()
  if (!names.length) limiters.clear()
  for (const name of names) limiters.delete(name)
}

export async function closeRateLimits(): Promise<void> {
  const current = state()
  current.limiters.clear()
  const redis = current.redis
  delete current.redis
  if (redis) await redis.quit().catch(() => {})
}

/**
 * Resolves once the shared store can answer (at once without REDIS_URL). Until then limits are
 * counted in memory only, so a caller that needs shared counts from its first request waits here.
 */
export async function rateLimitStoreReady(timeoutMs = 5_000): Promise<boolean> {
  const url = config().REDIS_URL
  if (!url) return true
  const redis = redisClient(url)
  if (redis.status === 'ready') return true
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs)
    redis.once('ready', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}
