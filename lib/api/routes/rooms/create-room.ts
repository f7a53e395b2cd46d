// POST /api/rooms — staff and admins: creates a general room.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireRole } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { createRoomBodySchema, roomSchema } from '@/lib/schemas/rooms'
import { createRoom } from '@/lib/services/rooms/create-room'
import { presentRoom } from '@/lib/services/rooms/list-rooms'

const route = createRoute({
  method: 'post',
  path: '/rooms',
  tags: ['Rooms'],
  summary: 'Create a general room',
  description: 'JSON `name` (at most 120 characters). Staff and admins only; audit-logged. Booth rooms are created by accepting a booth.',
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('staff')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: createRoomBodySchema } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: envelopeSchema(roomSchema) } } },
    ...errorResponses(400, 401, 403, 500, 503),
  },
})

export function registerCreateRoom(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const room = await createRoom(actorOf(c), c.req.valid('json').name)
    return c.json(envelope(201, 'Room created', presentRoom(room, 0)), 201)
  })
}
