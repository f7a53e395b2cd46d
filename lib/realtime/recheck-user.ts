import { authenticate } from '@/lib/auth/authenticate'
import { hasRole } from '@/lib/auth/auth-user'
import { logger } from '@/lib/log/logger'
import { STAFF_ROOM } from './dashboard-feed'
import { endSession } from './session-expiry'
import type { RealtimeServer, RealtimeSocket } from './socket-types'

/**
 * How long a confirmed user is trusted before an event (or the sweep) checks again. Revocations do
 * not wait for it: they re-check the user's sockets at once (revocation.ts); this interval and the
 * sweep are the backstop for a revocation whose news was lost (Redis away, a process restarting).
 */
export const DEFAULT_RECHECK_MS = 60_000
/** Moderation (delete, mute) never trusts a cached role: every such event reads the user afresh. */
export const MODERATION_RECHECK_MS = 0

/**
 * Re-validates a connection's user with its current credentials (the handshake's, or those of the
 * last `authenticate`): expired credentials, a revoked session (session version, or the bearer
 * token's refresh-token family) or a deactivated account end the connection (`session_ended`,
 * then a disconnect). Expiry is checked on every call; within `recheckMs` of the last check the
 * last answer stands otherwise, so a chatty client costs one user lookup per interval, not per
 * message (`recheckMs` 0: always look). The role is refreshed too; a user no longer staff leaves
 * the staff room at once. A database failure throws (the event fails) rather than disconnecting:
 * it is no verdict on the user.
 */
export async function recheckUser(socket: RealtimeSocket, recheckMs: number): Promise<boolean> {
  if (Date.now() >= socket.data.expiresAt) {
    endSession(socket, 'expired')
    return false
  }
  if (recheckMs > 0 && Date.now() - socket.data.checkedAt < recheckMs) return true
  const startedAt = Date.now()
  const revision = socket.data.checkRevision
  const user = await authenticate(socket.data.credentials)
  if (!user) {
    endSession(socket, Date.now() >= socket.data.expiresAt ? 'expired' : 'revoked')
    return false
  }
  // Checks may overlap (an event and a revocation's re-check): an answer read before an
  // invalidation, or older than the last one kept, is not kept.
  if (revision === socket.data.checkRevision && startedAt >= socket.data.checkedAt) {
    socket.data.user = user
    socket.data.checkedAt = startedAt
  }
  if (!hasRole(socket.data.user.role, 'staff') && socket.rooms.has(STAFF_ROOM)) await socket.leave(STAFF_ROOM)
  return true
}

/**
 * Forgets the connection's last confirmation: its next event reads the user afresh, and a check
 * already under way (it may have read the database before the revocation committed) is not kept.
 */
export function invalidateUserCheck(socket: RealtimeSocket): void {
  socket.data.checkedAt = 0
  socket.data.checkRevision++
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
