import { z } from '@hono/zod-openapi'
import { cappedPageSchema } from './list-query'
import { text } from './text'
import { HISTORY_PAGE_MAX, MEMBERS_MAX, MESSAGE_MAX, RECENT_MESSAGES, RESUME_MAX, ROOM_NAME_MAX } from './room-limits'

// The numbers live in a zod-free module the browser can import; re-exported for the server's code.
export { HISTORY_PAGE_MAX, MEMBERS_MAX, MESSAGE_MAX, RECENT_MESSAGES, RESUME_MAX, ROOM_NAME_MAX }

const roomId = text().uuid('Unknown room').openapi({ example: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c', description: 'A room id' })

/** A chat message as clients see it (the earlier service's fields, plus the per-room `seq`). */
export const messageSchema = z
  .object({
    id: z.string(),
    room: z.string(),
    seq: z.number().int().openapi({ description: 'Per-room sequence number; resume with `last_seq`' }),
    msg: z.string().openapi({ description: 'Empty once removed by a moderator' }),
    name: z.string(),
    user_id: z.string().nullable(),
    timestamp: z.iso.datetime(),
    deleted: z.literal(true).optional(),
  })
  .openapi('Message')
export type MessageJson = z.infer<typeof messageSchema>

export const roomSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    booth_id: z.string().nullable(),
    online: z.number().int().openapi({ description: 'Distinct users connected now' }),
  })
  .openapi('Room')
export type RoomJson = z.infer<typeof roomSchema>
export const roomPageSchema = cappedPageSchema(roomSchema, 'rooms you may see').openapi('RoomPage')
export const roomWithMessagesSchema = roomSchema.extend({ messages: z.array(messageSchema) }).openapi('RoomWithMessages')

export const messageBodySchema = text().trim().min(1, 'Message is empty').max(MESSAGE_MAX, `At most ${MESSAGE_MAX} characters`)
const clientIdSchema = text().trim().min(1).max(100)

// ---- REST requests ----
export const createRoomBodySchema = z.object({ name: text().trim().min(1, 'Name is required').max(ROOM_NAME_MAX, `At most ${ROOM_NAME_MAX} characters`) })
export const joinRoomBodySchema = z.object({ room: roomId })
export const roomQuerySchema = z.object({ room: roomId })
export const listRoomsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
  q: text().trim().max(200).optional().openapi({ description: 'Searches room names' }),
})
export type ListRoomsQuery = z.infer<typeof listRoomsQuerySchema>
export const roomMessagesQuerySchema = z.object({
  room: roomId,
  before: text().uuid('Unknown message').optional().openapi({ description: 'A message id: answers the messages older than it' }),
  limit: z.coerce.number().int().min(1).max(HISTORY_PAGE_MAX).default(RECENT_MESSAGES),
})

// ---- Socket events (client → server) ----
export const joinRoomEventSchema = z.object({ room: roomId, last_seq: z.number().int().min(0).optional() })
export const leaveRoomEventSchema = z.object({ room: roomId })
/** `room` may be left out when the socket has joined exactly one chat room (the earlier chat page's `message {msg}`). */
export const messageEventSchema = z.object({
  room: roomId.optional().openapi({ description: 'A room id; optional when the socket has joined exactly one chat room, which then receives it' }),
  msg: messageBodySchema,
  client_id: clientIdSchema.optional().openapi({ description: 'Chosen by the client: a retry with the same id is stored once' }),
})
export const deleteMessageEventSchema = z.object({ id: text().uuid('Unknown message') })
export const roomMembersEventSchema = z.object({ room: roomId })
export const muteEventSchema = z.object({ room: roomId, user_id: text().uuid('Unknown user'), minutes: z.number().int().min(1).max(525_600).optional() })

// ---- Socket answers (server → client) ----
/** Who is connected to a room: one entry per user, however many tabs. */
export const roomMemberSchema = z.object({ user_id: z.string(), name: z.string() })
export type RoomMemberJson = z.infer<typeof roomMemberSchema>
