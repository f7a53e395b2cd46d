import { onLeadShared } from '@/lib/events/domain-events'
import { userRoom } from './revocation'
import type { RealtimeServer } from './socket-types'

/**
 * A company's team hears a new lead live: `lead_shared` to each member's own room (`user:<id>`,
 * joined by every connection at connect), through the adapter, so with Redis on whichever process
 * holds the connection. The contact itself is not in the event: the app reads it from the leads
 * route, under that route's rules. Returns the function that stops it.
 */
export function attachLeadFeed(io: RealtimeServer): () => void {
  return onLeadShared((event) => {
    const payload = {
      lead_id: event.leadId,
      booth_id: event.boothId,
      booth_title: event.boothTitle,
      company_id: event.companyId,
      shared_at: event.sharedAt.toISOString(),
    }
    for (const id of event.teamIds) io.to(userRoom(id)).emit('lead_shared', payload)
  })
}
