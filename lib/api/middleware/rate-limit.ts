import { createMiddleware } from 'hono/factory'
import type { AuthUser } from '@/lib/auth/auth-user'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import type { PolicyName } from '@/lib/rate-limit/policies'
import { rateLimitHeaders } from '@/lib/rate-limit/report'
import type { ApiEnv } from '../context'

/**
 * Takes one point per request from the signed-in caller's budget under `policy` (after
 * `requireUser`). Over budget: 429 with `Retry-After` and `RateLimit` headers; otherwise the answer
 * carries the `RateLimit` headers of what is left.
 */
export function limitPerUser(policy: PolicyName) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const user = c.get('user') as AuthUser | undefined
    if (!user) throw new Error(`limitPerUser(${policy}) must come after requireUser`)
    const state = await consumeRateLimit(policy, user.id)
    await next()
    if (c.res.status !== 429) for (const [name, value] of Object.entries(rateLimitHeaders(state))) c.res.headers.set(name, value)
  })
}

/** Every create route (companies, trade booths): 60 per minute per user, shared. */
export const limitCreates = limitPerUser('create-user')
