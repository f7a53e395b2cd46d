// GET /api/tradebooth/status?id= — a booth's review status and reason (any signed-in user who may see the booth; else 404).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothIdQuerySchema, boothStatusAnswerSchema } from '@/lib/schemas/booths'
import { getBoothStatus } from '@/lib/services/booths/get-booth'

const route = createRoute({
  method: 'get',
  path: '/tradebooth/status',
  tags: ['Trade booths'],
  summary: "A booth's review status",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: boothIdQuerySchema },
  responses: {
    200: { description: '`id, status, reason`', content: { 'application/json': { schema: envelopeSchema(boothStatusAnswerSchema) } } },
    ...errorResponses(400, 401, 404, 500, 503),
  },
})

export function registerGetBoothStatus(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const status = await getBoothStatus(actorOf(c), c.req.valid('query').id)
    return c.json(envelope(200, 'Booth status', status), 200)
  })
}
