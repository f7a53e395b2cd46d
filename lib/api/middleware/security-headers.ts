import type { MiddlewareHandler } from 'hono'
import { securityHeaders as headers } from '@/lib/http/security-headers.js'
import { presetHeader } from '../node-response'

/**
 * The same security headers Next adds to pages (next.config.js), on every API response, set before
 * the handler runs so that error envelopes carry them too (presetHeader: on node:http straight onto
 * the response).
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  for (const { key, value } of headers) presetHeader(c, key, value)
  presetHeader(c, 'Cache-Control', 'no-store')
  await next()
}
