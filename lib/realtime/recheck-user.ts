import { authenticate } from '@/lib/auth/authenticate'
import { logger } from '@/lib/log/logger'
import { endSession } from './session-expiry'
import type { RealtimeServer, RealtimeSocket } from './socket-types'

/** How long a confirmed user is trusted before an event (or the sweep) checks again. */
export const DEFAULT_RECHECK_MS = 60_000

/**
 * Re-validates a connection's user with its current credentials (the handshake's, or those of the
 * last `authenticate`): expired credentials, a revoked session or a deactivated account end the
 * connection (`session_ended`, then a disconnect). Expiry is checked on every call; within
 * `recheckMs` of the last check the last answer stands otherwise, so a chatty client costs one
 * user lookup per interval, not per message. The role is refreshed too, so a demotion stops
 * moderation at the next check. A database failure throws (the event fails) rather than
 * disconnecting: it is no verdict on the user.
 */
export async function recheckUser(socket: RealtimeSocket, recheckMs: number): Promise<boolean> {
  if (Date.now() >= socket.data.expiresAt) {
    endSession(socket, 'expired')
    return false
  }
  if (Date.now() - socket.data.checkedAt < recheckMs) return true
  const user = await authenticate(socket.data.credentials)
  if (!user) {
    endSession(socket, Date.now() >= socket.data.expiresAt ? 'expired' : 'revoked')
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
