import { ZodError, type z } from 'zod'
import { AppError, fieldErrors } from '@/lib/errors'
import { isDatabaseUnavailable, isForeignKeyViolation, isInvalidTextEncoding } from '@/lib/db/errors'
import { logger } from '@/lib/log/logger'
import { clientEvents, type ClientEventName, type ClientEventReply, type ParsedClientEventPayload } from '@/lib/schemas/socket-events'
import type { Ack } from './ack'
import type { RealtimeSocket } from './socket-types'

/** An event's handler: its parsed payload in, its acknowledgement (less `ok`) out, as the event map says. */
type Handler<E extends ClientEventName> = (payload: ParsedClientEventPayload<E>) => Promise<Omit<ClientEventReply<E>, 'ok'>>

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
 * Registers one client event: the user is re-checked first, the payload parsed with the event's
 * schema from the event map (lib/schemas/socket-events.ts), and whatever the handler throws
 * becomes an error acknowledgement — never an unhandled rejection that would take the process
 * down. A client may omit the acknowledgement callback.
 */
export function handleEvent<E extends ClientEventName>(socket: RealtimeSocket, event: E, handler: Handler<E>, stillAllowed: () => Promise<boolean>): void {
  const schema: z.ZodType = clientEvents[event].payload
  // Arguments are untrusted whatever the event map's types say: anything may arrive, in any number.
  socket.on(event, ((...args: unknown[]) => {
    const last = args.at(-1)
    const ack = typeof last === 'function' ? (last as (answer: Ack) => void) : undefined
    const payload = ack ? args.slice(0, -1)[0] : args[0]
    void (async (): Promise<Ack> => {
      if (!(await stillAllowed())) return { ok: false, error: 'Session ended', code: 'unauthenticated' }
      return { ok: true, ...(await handler(schema.parse(payload) as ParsedClientEventPayload<E>)) }
    })()
      .catch((error: unknown) => failure(error, event, socket))
      .then((answer) => ack?.(answer))
  }) as never)
}
