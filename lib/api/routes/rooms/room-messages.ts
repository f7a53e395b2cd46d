// GET /api/rooms/messages?room=&before=&limit= — any signed-in user: a room's history, newest first.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { messageSchema, roomMessagesQuerySchema } from '@/lib/schemas/rooms'
import { findRoom } from '@/lib/services/rooms/find-room'
import { messageHistory } from '@/lib/services/rooms/message-history'

const route = createRoute({
  method: 'get',
  path: '/rooms/messages',
  tags: ['Rooms'],
  summary: 'Room history',
  description:
    'Newest first. `before` is a message id of this room (the next page starts below it); `limit` at most 100 (default 50). Removed messages appear with `deleted: true` and no text.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: roomMessagesQuerySchema },
  responses: {
    200: { description: 'Messages, newest first', content: { 'application/json': { schema: envelopeSchema(z.array(messageSchema)) } } },
    ...errorResponses(400, 401, 404, 500, 503),
  },
})

export function registerRoomMessages(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const { room, before, limit } = c.req.valid('query')
    const found = await findRoom(room, actorOf(c))
    return c.json(envelope(200, 'Messages', await messageHistory(found.id, { before, limit })), 200)
  })
}
