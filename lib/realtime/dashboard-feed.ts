import { hasRole } from '@/lib/auth/auth-user'
import { onDomainEvent } from '@/lib/events/domain-events'
import { logger } from '@/lib/log/logger'
import { onlineTotal } from './presence'
import type { RealtimeServer, RealtimeSocket } from './socket-types'

/** The Socket.IO room of every staff and admin connection: what the dashboard listens to. */
export const STAFF_ROOM = 'staff'
/** At most one online-total update per this interval, however many connections come and go. */
export const PRESENCE_THROTTLE_MS = 1_000
/** How often this process drops connections whose user lost the staff role (re-checks refresh the role). */
const PRUNE_MS = 15_000

const isStaff = (socket: RealtimeSocket) => hasRole(socket.data.user.role, 'staff')

/** Takes sockets out of the staff room once a re-check has found their user demoted. */
function pruneDemoted(io: RealtimeServer): void {
  for (const id of io.of('/').adapter.rooms.get(STAFF_ROOM) ?? []) {
    const socket = io.of('/').sockets.get(id)
    if (socket && !isStaff(socket)) void socket.leave(STAFF_ROOM)
  }
}

/** A trailing throttle: calls in a burst collapse into one run at the end of the window. */
function throttled(run: () => Promise<void>, everyMs: number): () => void {
  let timer: NodeJS.Timeout | undefined
  return () => {
    if (timer) return
    timer = setTimeout(() => {
      timer = undefined
      run().catch((error: unknown) => logger().warn({ err: error }, 'dashboard presence update failed'))
    }, everyMs)
    timer.unref()
  }
}

/**
 * The dashboard's live feed. Staff and admin connections join the `staff` room; every domain event
 * this process publishes (booth created, accepted…) goes there as `dashboard:update`, and the online
 * total as `dashboard:presence` after connections come and go. `io.to` goes through the adapter, so
 * with the Redis adapter staff connected to any process hear it. Plain users are never in the room.
 * Returns the function that stops the feed.
 */
export function attachDashboardFeed(io: RealtimeServer, options: { presenceThrottleMs?: number } = {}): () => void {
  const presenceChanged = throttled(async () => {
    io.to(STAFF_ROOM).emit('dashboard:presence', { online: await onlineTotal() })
  }, options.presenceThrottleMs ?? PRESENCE_THROTTLE_MS)

  io.on('connection', (socket) => {
    if (isStaff(socket)) void socket.join(STAFF_ROOM)
    presenceChanged()
    socket.on('disconnect', presenceChanged)
  })

  const unsubscribe = onDomainEvent((event) => {
    pruneDemoted(io)
    io.to(STAFF_ROOM).emit('dashboard:update', event)
  })
  const prune = setInterval(() => pruneDemoted(io), PRUNE_MS)
  prune.unref()
  return () => {
    unsubscribe()
    clearInterval(prune)
  }
}
