// GET /api/company/get-single-details-company?id= — any signed-in user: one company with its booths.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { companyIdQuerySchema, companyWithBoothsSchema } from '@/lib/schemas/companies'
import { getCompany } from '@/lib/services/companies/get-company'

const route = createRoute({
  method: 'get',
  path: '/company/get-single-details-company',
  tags: ['Companies'],
  summary: 'One company with its booths',
  description: 'Booths in schedule order. The owner, staff and admins see every booth; other users only accepted ones.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: companyIdQuerySchema },
  responses: {
    200: { description: 'The company and its booths', content: { 'application/json': { schema: envelopeSchema(companyWithBoothsSchema) } } },
    ...errorResponses(400, 401, 404, 500, 503),
  },
})

export function registerGetSingleDetailsCompany(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const company = await getCompany(actorOf(c), c.req.valid('query').id)
    return c.json(envelope(200, 'Company', company), 200)
  })
}
