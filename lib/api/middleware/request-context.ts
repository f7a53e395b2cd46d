import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { logger } from '@/lib/log/logger'
import type { ApiEnv } from '../context'

const INCOMING_ID = /^[\w.-]{8,128}$/

/**
 * Gives every request an id (kept from a proxy's `X-Request-Id` when it looks like one), a child
 * logger carrying it, an access log line, and the id in the response header.
 */
export const requestContext: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const incoming = c.req.header('x-request-id')
  const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID()
  const log = logger().child({ reqId: requestId })
  c.set('requestId', requestId)
  c.set('log', log)
  c.header('X-Request-Id', requestId)
  const started = performance.now()
  await next()
  log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request')
}
