// GET /api/rooms — any signed-in user: a page of rooms with their online counts.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { onlineCount } from '@/lib/realtime/presence'
import { listRoomsQuerySchema, roomPageSchema } from '@/lib/schemas/rooms'
import { listRooms } from '@/lib/services/rooms/list-rooms'

const route = createRoute({
  method: 'get',
  path: '/rooms',
  tags: ['Rooms'],
  summary: 'List rooms',
  description: 'General and booth rooms by name; `online` counts the distinct users connected to each now. `q` searches names.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: listRoomsQuerySchema },
  responses: {
    200: { description: 'A page of rooms', content: { 'application/json': { schema: envelopeSchema(roomPageSchema) } } },
    ...errorResponses(400, 401, 500, 503),
  },
})

export function registerListRooms(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const page = await listRooms(actorOf(c), c.req.valid('query'), onlineCount)
    return c.json(envelope(200, 'Rooms', page), 200)
  })
}
