import { pageOf, pageWindow, type Page } from '@/lib/pagination'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ListRoomsQuery, RoomJson } from '@/lib/schemas/rooms'
import { visibleRoomsWhere, type Viewer } from '@/lib/services/booths/booth-visibility'
import type { RoomRow } from './find-room'

/** Counts the distinct users online in a room; passed in so that this service knows nothing of sockets. */
export type OnlineCounter = (roomId: string) => Promise<number>

export const presentRoom = (room: RoomRow, online: number): RoomJson => ({ id: room.id, name: room.name, booth_id: room.boothId, online })

/**
 * A page of the rooms `viewer` may see by name (general rooms, and booth rooms whose booth they may
 * see: visibleRoomsWhere), each with its online count.
 */
export async function listRooms(viewer: Viewer, query: ListRoomsQuery, online: OnlineCounter): Promise<Page<RoomJson>> {
  const where: Prisma.RoomWhereInput = { AND: [visibleRoomsWhere(viewer), query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}] }
  const [rows, total] = await Promise.all([
    db().room.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...pageWindow(query), select: { id: true, name: true, boothId: true } }),
    db().room.count({ where }),
  ])
  const items = await Promise.all(rows.map(async (room) => presentRoom(room, await online(room.id))))
  return pageOf(items, total, query)
}
