// GET /api/company/get-details-companies — any signed-in user: a page of companies.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { companyPageSchema, listCompaniesQuerySchema } from '@/lib/schemas/companies'
import { listCompanies } from '@/lib/services/companies/list-companies'

const route = createRoute({
  method: 'get',
  path: '/company/get-details-companies',
  tags: ['Companies'],
  summary: 'List companies',
  description: '`q` searches name and location (case-insensitive); `owner_id` filters by owner; `sort` one of created_at, name (prefix `-` for descending).',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: listCompaniesQuerySchema },
  responses: {
    200: { description: 'A page of companies', content: { 'application/json': { schema: envelopeSchema(companyPageSchema) } } },
    ...errorResponses(400, 401, 500, 503),
  },
})

export function registerGetDetailsCompanies(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const page = await listCompanies(c.req.valid('query'))
    return c.json(envelope(200, 'Companies', page), 200)
  })
}
