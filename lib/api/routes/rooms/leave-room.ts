// GET /api/leave-room?room= — any signed-in user: leaves a room.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser, sameOriginSessionOnGet } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { roomQuerySchema } from '@/lib/schemas/rooms'
import { findRoom } from '@/lib/services/rooms/find-room'

const route = createRoute({
  method: 'get',
  path: '/leave-room',
  tags: ['Rooms'],
  summary: 'Leave a room',
  description:
    'Kept from the earlier service. A REST client holds no membership (a socket leaves with the `leave_room` event), so this only confirms the room exists. A state change on GET: with the dashboard cookie it answers only requests from the dashboard itself (`Sec-Fetch-Site: same-origin`), else 403.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser, sameOriginSessionOnGet] as const,
  request: { query: roomQuerySchema },
  responses: {
    200: { description: 'Left', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

export function registerLeaveRoom(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    await findRoom(c.req.valid('query').room, actorOf(c))
    return c.json(envelope(200, 'Left room', null), 200)
  })
}
