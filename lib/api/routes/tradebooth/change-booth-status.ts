// PATCH and PUT /api/tradebooth/status?id= — staff accept a booth, or reject it with a reason.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireRole } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothIdQuerySchema, boothStatusAnswerSchema, boothStatusChangeSchema } from '@/lib/schemas/booths'
import { reviewBooth } from '@/lib/services/booths/review-booth'

const routeFor = (method: 'patch' | 'put') =>
  createRoute({
    method,
    path: '/tradebooth/status',
    tags: ['Trade booths'],
    summary: method === 'patch' ? 'Accept or reject a booth (staff)' : 'Accept or reject a booth (staff; PUT alias of PATCH)',
    description:
      'JSON `status` (`accepted` or `rejected`) and `reason` (required when rejecting, at most 500 characters). Accepting gives the booth its chat room. Audit-logged; the owner is emailed.',
    security: [{ bearerAuth: [] }],
    middleware: [requireRole('staff')] as const,
    request: { query: boothIdQuerySchema, body: { required: true, content: { 'application/json': { schema: boothStatusChangeSchema } } } },
    responses: {
      200: { description: '`id, status, reason`', content: { 'application/json': { schema: envelopeSchema(boothStatusAnswerSchema) } } },
      ...errorResponses(400, 401, 403, 404, 415, 500, 503),
    },
  })

export function registerChangeBoothStatus(app: OpenAPIHono<ApiEnv>) {
  for (const method of ['patch', 'put'] as const) {
    app.openapi(routeFor(method), async (c) => {
      const body = c.req.valid('json')
      const status = await reviewBooth(actorOf(c), c.req.valid('query').id, { status: body.status, reason: body.reason })
      return c.json(envelope(200, status.status === 'accepted' ? 'Booth accepted' : 'Booth rejected', status), 200)
    })
  }
}
