import { onBoothStatusChanged } from '@/lib/events/domain-events'
import { userRoom } from './revocation'
import type { RealtimeServer } from './socket-types'

/**
 * A booth's owner hears about it live: every status change a service publishes on this process's
 * bus once committed (accepted, rejected with its reason, back to pending after an edit) goes to
 * the owner's room, `user:<id>`, which every connection of theirs joins at connect. `io.to` goes
 * through the adapter, so with Redis the owner hears it on whichever process holds the connection.
 * Returns the function that stops it.
 */
export function attachBoothStatusFeed(io: RealtimeServer): () => void {
  return onBoothStatusChanged((event) => {
    io.to(userRoom(event.ownerId)).emit('booth_status', {
      booth_id: event.boothId,
      name: event.title,
      status: event.status,
      reason: event.reason,
      changed_at: event.changedAt.toISOString(),
    })
  })
}
