import { ZodError, type z } from 'zod'
import { AppError, fieldErrors } from '@/lib/errors'
import { isDatabaseUnavailable, isForeignKeyViolation, isInvalidTextEncoding } from '@/lib/db/errors'
import { logger } from '@/lib/log/logger'
import type { Ack } from './ack'
import type { ClientEventName, RealtimeSocket } from './socket-types'

type Handler<S extends z.ZodType> = (payload: z.infer<S>) => Promise<Record<string, unknown>>

function failure(error: unknown, event: string, socket: RealtimeSocket): Ack {
  if (error instanceof ZodError) return { ok: false, error: 'Invalid payload', code: 'validation', errors: fieldErrors(error) }
  if (error instanceof AppError) return { ok: false, error: error.message, code: error.code, ...(error.errors ? { errors: error.errors } : {}) }
  // The database refusing the payload's text (schemas refuse NUL first: lib/schemas/text.ts), or a
  // record it refers to deleted meanwhile: the client's request, as the API answers them (400, 409).
  if (isInvalidTextEncoding(error)) return { ok: false, error: 'Text must not contain NUL characters or malformed Unicode', code: 'bad_request' }
  if (isForeignKeyViolation(error)) return { ok: false, error: 'A record this request refers to no longer exists', code: 'conflict' }
  // The database down, or too busy to start a transaction in time (P2028): the client may retry
  // (a message with the same client_id is stored once).
  if (isDatabaseUnavailable(error) || (error as { code?: unknown } | null)?.code === 'P2028') {
    logger().warn({ err: error, event, userId: socket.data.user.id }, 'socket event failed: database unavailable')
    return { ok: false, error: 'Service temporarily unavailable, please retry', code: 'unavailable' }
  }
  // Anything else is our fault: the detail goes to the log, the client gets a generic answer.
  logger().error({ err: error, event, userId: socket.data.user.id }, 'socket event failed')
  return { ok: false, error: 'Internal error', code: 'internal' }
}

/**
 * Registers one client event: the user is re-checked first, the payload parsed with `schema`, and
 * whatever the handler throws becomes an error acknowledgement — never an unhandled rejection
 * that would take the process down. A client may omit the acknowledgement callback.
 */
export function handleEvent<S extends z.ZodType>(
  socket: RealtimeSocket,
  event: ClientEventName,
  schema: S,
  handler: Handler<S>,
  stillAllowed: () => Promise<boolean>,
): void {
  socket.on(event, (...args: unknown[]) => {
    const last = args.at(-1)
    const ack = typeof last === 'function' ? (last as (answer: Ack) => void) : undefined
    const payload = ack ? args.slice(0, -1)[0] : args[0]
    void (async (): Promise<Ack> => {
      if (!(await stillAllowed())) return { ok: false, error: 'Session ended', code: 'unauthenticated' }
      return { ok: true, ...(await handler(schema.parse(payload))) }
    })()
      .catch((error: unknown) => failure(error, event, socket))
      .then((answer) => ack?.(answer))
  })
}
