// GET /api/tradebooth/get-single-details-tradebooth?id= — one booth (any signed-in user).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothIdQuerySchema, boothSchema } from '@/lib/schemas/booths'
import { getBooth } from '@/lib/services/booths/get-booth'

const route = createRoute({
  method: 'get',
  path: '/tradebooth/get-single-details-tradebooth',
  tags: ['Trade booths'],
  summary: 'One trade booth',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: boothIdQuerySchema },
  responses: {
    200: { description: 'The booth', content: { 'application/json': { schema: envelopeSchema(boothSchema) } } },
    ...errorResponses(400, 401, 404, 500, 503),
  },
})

export function registerGetSingleDetailsTradebooth(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const booth = await getBooth(actorOf(c), c.req.valid('query').id)
    return c.json(envelope(200, 'Trade booth', booth), 200)
  })
}
