import type { MiddlewareHandler } from 'hono'
import { config } from '@/lib/config'
import { CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS, CORS_EXPOSED_HEADERS, CORS_MAX_AGE_SECONDS, isAllowedCorsOrigin } from '@/lib/http/cors'

const ALLOW_METHODS = CORS_ALLOWED_METHODS.join(', ')
const ALLOW_HEADERS = CORS_ALLOWED_HEADERS.join(', ')
const EXPOSE_HEADERS = CORS_EXPOSED_HEADERS.join(', ')

/**
 * CORS for the origins of CORS_ORIGINS (the policy: lib/http/cors.ts); unset, it does nothing.
 * - A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) from an allowed
 *   origin answers 204 for any /api path, with the methods, headers and max age.
 * - Any other request from an allowed origin gets `Access-Control-Allow-Origin` (that origin) and
 *   `Access-Control-Expose-Headers`, set before the handler runs so that error envelopes carry them.
 * - A foreign origin gets no CORS header: its preflight goes on as any OPTIONS (405 with `Allow`,
 *   or 404), which the browser takes as a refusal. So does a plain OPTIONS.
 * - Every answer says `Vary: Origin`, since the header depends on it (media answers are cached).
 * Not `hono/cors`: it answers every OPTIONS as a preflight (hiding the 405) and exposes headers to
 * any origin. Never `Access-Control-Allow-Credentials`.
 */
export const cors: MiddlewareHandler = async (c, next) => {
  const allowed = config().CORS_ORIGINS
  if (allowed.length === 0) return next()
  c.header('Vary', 'Origin', { append: true })
  const origin = c.req.header('origin')
  if (!isAllowedCorsOrigin(origin, allowed)) return next()
  c.header('Access-Control-Allow-Origin', origin)
  if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
    c.header('Access-Control-Allow-Methods', ALLOW_METHODS)
    c.header('Access-Control-Allow-Headers', ALLOW_HEADERS)
    c.header('Access-Control-Max-Age', String(CORS_MAX_AGE_SECONDS))
    return c.body(null, 204)
  }
  c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS)
  await next()
}
