// POST /api/tradebooth/visit?id= — a visitor opened an accepted booth in their app: counted once per person, booth and day.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothIdQuerySchema } from '@/lib/schemas/booths'
import { boothVisitSchema } from '@/lib/schemas/visits'
import { recordVisit } from '@/lib/services/visits/record-visit'

const route = createRoute({
  method: 'post',
  path: '/tradebooth/visit',
  tags: ['Trade booths'],
  summary: 'Record a booth visit',
  description:
    "Any signed-in user, for an accepted booth they can see. Idempotent: one visit per person, booth and UTC day, however often it is sent (joining the booth's room counts too). A booth under review answers 409 to those who may see it and 404 to everyone else.",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: boothIdQuerySchema },
  responses: {
    200: { description: "The day's visit", content: { 'application/json': { schema: envelopeSchema(boothVisitSchema) } } },
    ...errorResponses(400, 401, 404, 409, 500, 503),
  },
})

export function registerBoothVisit(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const visit = await recordVisit(actorOf(c), c.req.valid('query').id)
    return c.json(envelope(200, 'Visit recorded', visit), 200)
  })
}
