import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { config } from '@/lib/config'
import { AppError } from '@/lib/errors'

const MULTIPART = /^multipart\/form-data(\s*;|$)/i

/**
 * Every body but multipart is bounded before it is buffered: a declared Content-Length over
 * MAX_BODY_KB is refused at once, a chunked body as soon as it passes the limit, the rest unread.
 * Multipart bodies stream through lib/api/multipart.ts, which enforces each route's own limits.
 */
export function limitBodies(): MiddlewareHandler {
  const kilobytes = config().MAX_BODY_KB
  const tooLarge = bodyLimit({
    maxSize: kilobytes * 1024,
    onError: () => {
      throw new AppError('payload_too_large', `The request body is larger than ${kilobytes} KB`)
    },
  })
  return async (c, next) => {
    // A GET or HEAD Request never carries a body (@hono/node-server gives it none), so bodyLimit
    // would only pass it on, after reading `c.req.raw.body`: that built a whole fetch Request (and
    // its AbortSignal) for every GET on the node server.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    if (MULTIPART.test(c.req.header('content-type') ?? '')) return next()
    return tooLarge(c, next)
  }
}
