import { authenticate } from '@/lib/auth/authenticate'
import { logger } from '@/lib/log/logger'
import type { RealtimeServer, RealtimeSocket } from './socket-types'

/** How long a confirmed user is trusted before an event (or the sweep) checks again. */
export const DEFAULT_RECHECK_MS = 60_000

/**
 * Re-validates a connection's user with the handshake's credentials: an expired token, a revoked
 * session or a deactivated account ends the connection. Within `recheckMs` of the last check the
 * last answer stands, so a chatty client costs one user lookup per interval, not per message. The
 * role is refreshed too, so a demotion stops moderation at the next check. A database failure
 * throws (the event fails) rather than disconnecting: it is no verdict on the user.
 */
export async function recheckUser(socket: RealtimeSocket, recheckMs: number): Promise<boolean> {
  if (Date.now() - socket.data.checkedAt < recheckMs) return true
  const user = await authenticate(socket.data.credentials)
  if (!user) {
    logger().info({ userId: socket.data.user.id, socket: socket.id }, 'socket user no longer valid; disconnecting')
    // After the event's acknowledgement has had a chance to go out.
    setImmediate(() => socket.disconnect(true))
    return false
  }
  socket.data.user = user
  socket.data.checkedAt = Date.now()
  return true
}

/**
 * Re-checks this process's idle connections every `everyMs` too: a deactivated user who only
 * listens would otherwise keep receiving the room's messages. Stops when the server closes.
 */
export function sweepConnections(io: RealtimeServer, everyMs: number, recheckMs: number): () => void {
  const timer = setInterval(() => {
    for (const socket of io.of('/').sockets.values()) {
      recheckUser(socket, recheckMs).catch((error: unknown) => logger().warn({ err: error, socket: socket.id }, 'socket user re-check failed'))
    }
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
