import { TOTAL_CAP } from '@/lib/keyset'
import { pageOf, type CappedPage } from '@/lib/pagination'
import { sqlRows } from '@/lib/db'
import type { ListRoomsQuery, RoomJson } from '@/lib/schemas/rooms'
import type { Viewer } from '@/lib/services/booths/booth-visibility'
import { roomsPageSql, roomsTotalSql } from './list-rooms-sql'
import type { RoomRow } from './find-room'

/** Counts the distinct users online in a room; passed in so that this service knows nothing of sockets. */
export type OnlineCounter = (roomId: string) => Promise<number>

export const presentRoom = (room: RoomRow, online: number): RoomJson => ({ id: room.id, name: room.name, booth_id: room.boothId, online })

/**
 * A page of the rooms `viewer` may see by name (general rooms, and booth rooms whose booth they may
 * see), each with its online count, and the total counted up to TOTAL_CAP, side by side (list-rooms-sql.ts).
 */
export async function listRooms(viewer: Viewer, query: ListRoomsQuery, online: OnlineCounter): Promise<CappedPage<RoomJson>> {
  const window = { limit: query.page_size, offset: (query.page - 1) * query.page_size }
  const [rows, [total]] = await Promise.all([sqlRows<RoomRow>(roomsPageSql(viewer, query, window)), sqlRows<{ n: number }>(roomsTotalSql(viewer, query))])
  const items = await Promise.all(rows.map(async (room) => presentRoom(room, await online(room.id))))
  return { ...pageOf(items, Math.min(total!.n, TOTAL_CAP), query), total_capped: total!.n > TOTAL_CAP }
}
