import type { MiddlewareHandler } from 'hono'
import { securityHeaders as headers } from '@/lib/http/security-headers.js'

/** The same security headers Next adds to pages (next.config.js), on every API response. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  for (const { key, value } of headers) c.res.headers.set(key, value)
  c.res.headers.set('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store')
  c.res.headers.delete('X-Powered-By')
}
