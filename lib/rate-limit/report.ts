import { AsyncLocalStorage } from 'node:async_hooks'
import type { MiddlewareHandler } from 'hono'
import { processSingleton } from '@/lib/runtime/process-singleton'

/** What a limit looked like after a request used it, for the `RateLimit` response headers. */
export interface RateLimitState {
  limit: number
  remaining: number
  /** Seconds until the window resets. */
  reset: number
  window: number
}

/*
 * The request's limits so far. One store per process: the middleware that opens a scope and the
 * service that reports into it must agree on it, whichever copy of lib/ each was loaded from.
 */
const scopes = processSingleton('rate-limit-report', () => new AsyncLocalStorage<{ tightest?: RateLimitState }>())

/** Services report the limits they consumed; the route's middleware (if any) turns them into headers. */
export function reportRateLimit(state: RateLimitState): void {
  const current = scopes.get().getStore()
  if (!current) return
  if (!current.tightest || state.remaining < current.tightest.remaining) current.tightest = state
}

/** The IETF draft `RateLimit` / `RateLimit-Policy` headers (draft-07 form) for one limit. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    RateLimit: `limit=${state.limit}, remaining=${state.remaining}, reset=${state.reset}`,
    'RateLimit-Policy': `${state.limit};w=${state.window}`,
  }
}

/**
 * For routes whose services consume limits: after the handler, the tightest limit it touched is
 * sent as headers (a 429 already carries its own, with `Retry-After`).
 */
export const rateLimitHeadersMiddleware: MiddlewareHandler = async (c, next) => {
  const store: { tightest?: RateLimitState } = {}
  await scopes.get().run(store, next)
  if (store.tightest && c.res.status !== 429) {
    for (const [name, value] of Object.entries(rateLimitHeaders(store.tightest))) c.res.headers.set(name, value)
  }
}
