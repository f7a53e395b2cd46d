import { AppError } from '@/lib/errors'
import { authenticateSession } from '@/lib/auth/authenticate'
import { logger } from '@/lib/log/logger'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { handleEvent } from './handle-event'
import type { RealtimeSocket, SessionEndReason } from './socket-types'

/** setTimeout's longest delay; an expiry further away is re-armed when the timer fires. */
const MAX_TIMER_MS = 2 ** 31 - 1
/** Per socket: its expiry timer, and whether it is being ended. */
const sockets = processSingleton('socket-session-expiry', () => ({
  timers: new WeakMap<RealtimeSocket, NodeJS.Timeout>(),
  ending: new WeakSet<RealtimeSocket>(),
}))

/** Tells the client why, then ends the connection (the client sees `io server disconnect`). Once. */
export function endSession(socket: RealtimeSocket, reason: SessionEndReason): void {
  const { ending } = sockets.get()
  if (!socket.connected || ending.has(socket)) return
  ending.add(socket)
  logger().info({ userId: socket.data.user.id, socket: socket.id, reason }, 'socket session ended; disconnecting')
  socket.emit('session_ended', { reason })
  // After a pending acknowledgement has had a chance to go out.
  setImmediate(() => socket.disconnect(true))
}

/** (Re)arms the timer that ends the connection when its credentials expire. */
function armExpiry(socket: RealtimeSocket): void {
  const { timers } = sockets.get()
  clearTimeout(timers.get(socket))
  const delay = Math.min(Math.max(0, socket.data.expiresAt - Date.now()), MAX_TIMER_MS)
  const timer = setTimeout(() => (Date.now() >= socket.data.expiresAt ? endSession(socket, 'expired') : armExpiry(socket)), delay)
  timer.unref()
  timers.set(socket, timer)
}

/**
 * A connection lives no longer than the credentials it was opened with: a bearer token's `exp`, or
 * the dashboard cookie's (the earlier of its idle and absolute limits). A client that wants to stay
 * connected sends `authenticate {token}` with a fresher access token of the same user before then.
 * A refused token (invalid, expired, revoked, another user's) gets an error acknowledgement and
 * changes nothing: the connection keeps its current credentials and their expiry.
 */
export function registerSessionEvents(socket: RealtimeSocket): void {
  armExpiry(socket)
  socket.on('disconnect', () => clearTimeout(sockets.get().timers.get(socket)))

  handleEvent(
    socket,
    'authenticate',
    async ({ token }) => {
      const credentials = { authorization: `Bearer ${token}` }
      const session = await authenticateSession(credentials)
      if (!session) throw new AppError('unauthenticated', 'Invalid or expired token')
      if (session.user.id !== socket.data.user.id) {
        logger().warn({ userId: socket.data.user.id, socket: socket.id }, 'socket re-authentication with another user’s token refused')
        throw new AppError('forbidden', 'The token belongs to another user')
      }
      Object.assign(socket.data, { user: session.user, credentials, checkedAt: Date.now(), expiresAt: session.expiresAt })
      armExpiry(socket)
      return { expires_at: new Date(session.expiresAt).toISOString() }
    },
    () => Promise.resolve(true),
  )
}
