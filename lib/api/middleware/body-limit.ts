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
    if (MULTIPART.test(c.req.header('content-type') ?? '')) return next()
    return tooLarge(c, next)
  }
}
