// DELETE /api/tradebooth/delete-tradebooth?id= — deletes a booth with its files and room (owner, staff, admin).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothIdQuerySchema } from '@/lib/schemas/booths'
import { deleteBooth } from '@/lib/services/booths/delete-booth'

const route = createRoute({
  method: 'delete',
  path: '/tradebooth/delete-tradebooth',
  tags: ['Trade booths'],
  summary: 'Delete a trade booth',
  description:
    "Deletes the booth: from then on it is a 404 everywhere, absent from every list, and its files and chat room are gone with it. It is kept in the dashboard's trash for 30 days, where staff can restore it, then purged with its files. Another user's booth → 403; unknown id → 404. Audit-logged; the owner is emailed when staff delete it.",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: boothIdQuerySchema },
  responses: {
    200: { description: 'Deleted', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

export function registerDeleteTradebooth(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    await deleteBooth(actorOf(c), c.req.valid('query').id)
    return c.json(envelope(200, 'Booth deleted', null), 200)
  })
}
