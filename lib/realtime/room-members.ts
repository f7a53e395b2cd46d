import { MEMBERS_MAX, type RoomMemberJson } from '@/lib/schemas/rooms'
import type { RealtimeServer } from './socket-types'

/** The distinct users connected to a room now (across processes), by name; at most MEMBERS_MAX. */
export async function roomMembers(io: RealtimeServer, roomId: string): Promise<RoomMemberJson[]> {
  const byId = new Map<string, RoomMemberJson>()
  for (const socket of await io.in(roomId).fetchSockets()) {
    const { id, name } = socket.data.user
    // Named as in messages; never the email, which other members have no business seeing.
    if (!byId.has(id)) byId.set(id, { user_id: id, name: name ?? 'Anonymous' })
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)).slice(0, MEMBERS_MAX)
}
