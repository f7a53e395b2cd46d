import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { logger } from '@/lib/log/logger'
import type { ApiEnv } from '../context'
import { presetHeader } from '../node-response'

const INCOMING_ID = /^[\w.-]{8,128}$/

/**
 * Gives every request an id (kept from a proxy's `X-Request-Id` when it looks like one), sent back
 * in the response header, and an access log line carrying it when `info` is logged. Log lines of
 * the request (the error handler's) carry it as `reqId`.
 */
export const requestContext: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const incoming = c.req.header('x-request-id')
  const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID()
  c.set('requestId', requestId)
  presetHeader(c, 'X-Request-Id', requestId)
  const started = performance.now()
  await next()
  const log = logger()
  if (log.isLevelEnabled('info')) {
    log.info({ reqId: requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request')
  }
}
