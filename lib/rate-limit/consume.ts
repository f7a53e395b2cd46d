import { RateLimiterRes } from 'rate-limiter-flexible'
import { AppError } from '@/lib/errors'
import { logger } from '@/lib/log/logger'
import { policies, type PolicyName } from './policies'
import { rateLimitHeaders, reportRateLimit, type RateLimitState } from './report'
import { limiter } from './store'

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

function stateOf(name: PolicyName, res: RateLimiterRes): RateLimitState {
  const { points, duration } = policies[name]
  return { limit: points, remaining: Math.max(0, res.remainingPoints), reset: seconds(res.msBeforeNext), window: duration }
}

/** The 429 a service throws: the client learns when to retry, nothing else. */
export function tooManyRequests(retryAfterSeconds: number, state?: RateLimitState, message = 'Too many requests, please retry later'): AppError {
  const headers: Record<string, string> = { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) }
  if (state) Object.assign(headers, rateLimitHeaders({ ...state, remaining: 0 }))
  return new AppError('rate_limited', message, { headers })
}

/**
 * Takes `points` from `key`'s budget under a policy, or throws the 429 (`rate_limited` with
 * `Retry-After`). A store failure without insurance is logged and lets the request through: a
 * rate limiter outage must not take sign-in down with it.
 */
export async function consumeRateLimit(name: PolicyName, key: string, options: { points?: number; message?: string } = {}): Promise<RateLimitState> {
  try {
    const state = stateOf(name, await limiter(name).consume(key, options.points ?? 1))
    reportRateLimit(state)
    return state
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      logger().warn({ event: 'rate_limited', policy: name }, 'rate limit exceeded')
      throw tooManyRequests(rejection.msBeforeNext / 1000, stateOf(name, rejection), options.message)
    }
    logger().error({ err: rejection, policy: name }, 'rate limiter failed')
    return { limit: policies[name].points, remaining: policies[name].points, reset: policies[name].duration, window: policies[name].duration }
  }
}

/** The one bucket shared by every request whose client address could not be told. */
export const UNKNOWN_CLIENT = 'unknown-client'

/**
 * Takes a point from a client address's budget. Not knowing the address never means not limiting:
 * `null` (a request whose address is unknown, e.g. Next's copy of the API without server.ts or a
 * trusted proxy in front) counts against one shared bucket. `undefined` means there is no network
 * client at all (scripts, the seed, a service called in-process), and nothing is taken.
 */
export async function consumeClientRateLimit(name: PolicyName, ip: string | null | undefined, options: { message?: string } = {}): Promise<void> {
  if (ip === undefined) return
  await consumeRateLimit(name, ip ?? UNKNOWN_CLIENT, options)
}

/** Milliseconds until `key` may act again under a policy whose budget it has used up; 0 when it may now. */
export async function blockedFor(name: PolicyName, key: string): Promise<number> {
  const res = await limiter(name)
    .get(key)
    .catch(() => null)
  if (!res || res.consumedPoints <= policies[name].points) return 0
  return Math.max(0, res.msBeforeNext)
}

/** Adds to a counter without refusing; returns the new count. */
export async function countRateLimit(name: PolicyName, key: string): Promise<number> {
  const res = await limiter(name)
    .penalty(key, 1)
    .catch(() => null)
  return res?.consumedPoints ?? 0
}

export async function blockRateLimit(name: PolicyName, key: string, secondsToBlock: number): Promise<void> {
  await limiter(name)
    .block(key, secondsToBlock)
    .catch((error: unknown) => logger().error({ err: error, policy: name }, 'rate limiter failed'))
}
