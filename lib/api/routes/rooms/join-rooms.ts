// POST /api/join-rooms — any signed-in user: the room and its recent messages.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { onlineCount } from '@/lib/realtime/presence'
import { joinRoomBodySchema, roomWithMessagesSchema } from '@/lib/schemas/rooms'
import { findRoom } from '@/lib/services/rooms/find-room'
import { presentRoom } from '@/lib/services/rooms/list-rooms'
import { recentMessages } from '@/lib/services/rooms/recent-messages'
import { storeVisit } from '@/lib/services/visits/record-visit'

const route = createRoute({
  method: 'post',
  path: '/join-rooms',
  tags: ['Rooms'],
  summary: 'Join a room',
  description:
    'JSON `room` (a room id). Answers the room and its latest 50 messages, oldest first. Live delivery needs the Socket.IO `join_room` event; this serves clients without a socket.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { body: { required: true, content: { 'application/json': { schema: joinRoomBodySchema } } } },
  responses: {
    200: { description: 'The room and its recent messages', content: { 'application/json': { schema: envelopeSchema(roomWithMessagesSchema) } } },
    ...errorResponses(400, 401, 404, 500, 503),
  },
})

export function registerJoinRooms(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const actor = actorOf(c)
    const room = await findRoom(c.req.valid('json').room, actor)
    // Joining a booth's room is a visit to the booth, as over the socket.
    if (room.boothId) await storeVisit(room.boothId, actor.id)
    const [online, messages] = await Promise.all([onlineCount(room.id), recentMessages(room.id)])
    return c.json(envelope(200, 'Joined room', { ...presentRoom(room, online), messages }), 200)
  })
}
