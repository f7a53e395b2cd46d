import type { MiddlewareHandler } from 'hono'
import { securityHeaders as headers } from '@/lib/http/security-headers.js'

/**
 * The same security headers Next adds to pages (next.config.js), on every API response. Set
 * before the handler runs: Hono merges them into the response it builds, which is much cheaper
 * than editing a finished Response.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  for (const { key, value } of headers) c.header(key, value)
  c.header('Cache-Control', 'no-store')
  await next()
}
