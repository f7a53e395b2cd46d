import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { visibleRoomsWhere, type Viewer } from '@/lib/services/booths/booth-visibility'
import { isUuid } from '@/lib/services/is-uuid'

export interface RoomRow {
  id: string
  name: string
  boothId: string | null
}

/**
 * The room with this id if `viewer` may see it, or a 404 (a malformed id is simply unknown). A booth's
 * room follows its booth (visibleRoomsWhere): while the booth is under review only its owner, staff
 * and admins find it. Without a viewer (null) only general rooms and rooms of accepted booths are found.
 */
export async function findRoom(id: string, viewer: Viewer = null): Promise<RoomRow> {
  const room = isUuid(id)
    ? await db().room.findFirst({ where: { AND: [{ id }, visibleRoomsWhere(viewer)] }, select: { id: true, name: true, boothId: true } })
    : null
  if (!room) throw notFound('Room')
  return room
}
