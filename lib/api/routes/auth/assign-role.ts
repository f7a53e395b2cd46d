// PATCH /api/auth/assign-role — admin: sets a user's role (by user_id or email); audited; revokes their sessions.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireRole } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { userSchema } from '@/lib/schemas/users'
import { assignRoleBodySchema } from '@/lib/schemas/users'
import { assignRole } from '@/lib/services/users/assign-role'

const route = createRoute({
  method: 'patch',
  path: '/auth/assign-role',
  tags: ['Users'],
  summary: "Set a user's role (admin)",
  description: 'The last active admin cannot be demoted (409). The user is signed out everywhere so that every client picks up the new role.',
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('admin')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: assignRoleBodySchema } } } },
  responses: {
    200: { description: 'The user with the new role', content: { 'application/json': { schema: envelopeSchema(userSchema) } } },
    ...errorResponses(400, 401, 403, 404, 409, 415, 500, 503),
  },
})

export function registerAssignRole(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json')
    const user = await assignRole(actorOf(c), { userId: body.user_id, email: body.email, role: body.role })
    return c.json(envelope(200, 'Role updated', user), 200)
  })
}
