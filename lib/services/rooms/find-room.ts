import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { isUuid } from '@/lib/services/is-uuid'

export interface RoomRow {
  id: string
  name: string
  boothId: string | null
}

/** The room with this id, or a 404 (a malformed id is simply unknown). */
export async function findRoom(id: string): Promise<RoomRow> {
  const room = isUuid(id) ? await db().room.findUnique({ where: { id }, select: { id: true, name: true, boothId: true } }) : null
  if (!room) throw notFound('Room')
  return room
}
