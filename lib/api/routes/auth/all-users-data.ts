// GET /api/auth/all-users-data — admin: a page of users, searchable, filterable and sortable.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireRole } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { listUsersQuerySchema, userPageSchema } from '@/lib/schemas/users'
import { listUsers } from '@/lib/services/users/list-users'

const route = createRoute({
  method: 'get',
  path: '/auth/all-users-data',
  tags: ['Users'],
  summary: 'List users (admin)',
  description:
    "`q` searches name and email (case-insensitive); filters `role`, `verified`, `active`; `sort` one of created_at, name, email, role (prefix `-` for descending). Deep pages: pass the answer's `next_after` as `after` (a keyset cursor); `page` still works. `total` is exact for any mix of `role`, `verified`, `active`; with `q` it stops at 10,000 (`total_capped`).",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('admin')] as const,
  request: { query: listUsersQuerySchema },
  responses: {
    200: { description: 'A page of users', content: { 'application/json': { schema: envelopeSchema(userPageSchema) } } },
    ...errorResponses(400, 401, 403, 500, 503),
  },
})

export function registerAllUsersData(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const page = await listUsers(c.req.valid('query'))
    return c.json(envelope(200, 'Users', page), 200)
  })
}
