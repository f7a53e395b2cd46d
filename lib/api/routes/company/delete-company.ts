// DELETE /api/company/delete-company?id= — deletes a company, its booths and all their files (owner, staff or admin).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { companyIdQuerySchema } from '@/lib/schemas/companies'
import { deleteCompany } from '@/lib/services/companies/delete-company'

const route = createRoute({
  method: 'delete',
  path: '/company/delete-company',
  tags: ['Companies'],
  summary: 'Delete a company',
  description:
    "Deletes the company with its booths (and their rooms): from then on they are a 404 everywhere and absent from every list, their files no longer served. They are kept in the dashboard's trash for 30 days, where staff can restore them, then purged with every file. Audit-logged; when staff or an admin deletes it, the owner is told by email.",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: companyIdQuerySchema },
  responses: {
    200: { description: 'Deleted', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

export function registerDeleteCompany(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    await deleteCompany(actorOf(c), c.req.valid('query').id)
    return c.json(envelope(200, 'Company deleted', null), 200)
  })
}
