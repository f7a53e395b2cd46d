import type { MessageJson } from '@/lib/schemas/rooms'

/** The columns every message read selects: what `presentMessage` needs and nothing more. */
export const messageSelect = {
  id: true,
  roomId: true,
  seq: true,
  body: true,
  userId: true,
  deletedAt: true,
  createdAt: true,
  user: { select: { name: true } },
} as const

export interface MessageRow {
  id: string
  roomId: string
  seq: number
  body: string
  userId: string | null
  deletedAt: Date | null
  createdAt: Date
  user: { name: string | null } | null
}

/** A message on the wire. A removed message keeps its place (id, seq) but not its text. */
export function presentMessage(row: MessageRow): MessageJson {
  const json: MessageJson = {
    id: row.id,
    room: row.roomId,
    seq: row.seq,
    msg: row.deletedAt ? '' : row.body,
    name: row.user ? (row.user.name ?? 'Anonymous') : 'Deleted user',
    user_id: row.userId,
    timestamp: row.createdAt.toISOString(),
  }
  if (row.deletedAt) json.deleted = true
  return json
}
