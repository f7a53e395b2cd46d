import { onSessionsRevoked } from '@/lib/events/domain-events'
import { logger } from '@/lib/log/logger'
import { invalidateUserCheck, recheckUser } from './recheck-user'
import type { RealtimeServer } from './socket-types'

/** Every connection joins its user's room at connect: how a revocation finds them, in any process. */
export const userRoom = (userId: string) => `user:${userId}`
export const isUserRoom = (room: string) => room.startsWith('user:')

/** The server-side event (through the adapter, to every other process) that re-checks a user's sockets. */
export const RECHECK_USER_EVENT = 'recheck_user'

/** Re-checks, with no cache, every connection of `userId` held by this process. */
function recheckLocalSockets(io: RealtimeServer, userId: string): void {
  const nsp = io.of('/')
  for (const id of nsp.adapter.rooms.get(userRoom(userId)) ?? []) {
    const socket = nsp.sockets.get(id)
    if (!socket) continue
    // At once, before the database answers: an event arriving meanwhile must not pass on the cache.
    invalidateUserCheck(socket)
    recheckUser(socket, 0).catch((error: unknown) => logger().warn({ err: error, socket: id, userId }, 'socket re-check after a revocation failed'))
  }
}

/**
 * Revocation reaches open connections at once. A service that revokes a user's sessions (sign-out,
 * deactivation, role or password change, a replayed refresh token, deletion) publishes that on this
 * process's bus once it has committed; here it becomes a re-check without cache of the user's
 * sockets in this process, and — with the Redis adapter — a server-side event that every other
 * process turns into the same re-check of its own. A re-check reads the database, so it decides for
 * itself which sockets end: all of them after a session-version bump, those of one refresh-token
 * family after a family revocation. While Redis is away the other processes miss the event; the
 * periodic sweep (recheck-user.ts) remains the backstop. Returns the function that stops it.
 */
export function attachRevocation(io: RealtimeServer, options: { crossProcess: boolean }): () => void {
  const onRemote = (userId: unknown) => {
    if (typeof userId === 'string') recheckLocalSockets(io, userId)
  }
  io.on(RECHECK_USER_EVENT, onRemote)
  const unsubscribe = onSessionsRevoked((event) => {
    logger().debug({ userId: event.userId, familyId: event.familyId, reason: event.reason }, 'sessions revoked: re-checking the user’s sockets')
    recheckLocalSockets(io, event.userId)
    // The in-memory adapter has no other process to tell (and warns on serverSideEmit).
    if (options.crossProcess) io.serverSideEmit(RECHECK_USER_EVENT, event.userId)
  })
  return () => {
    unsubscribe()
    io.off(RECHECK_USER_EVENT, onRemote)
  }
}
