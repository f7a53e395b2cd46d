// PATCH /api/auth/set-active — admin: activates or deactivates a user. An addition to the earlier
// service's routes: deactivation signs the user out everywhere at once.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireRole } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { userSchema } from '@/lib/schemas/users'
import { setActiveBodySchema } from '@/lib/schemas/users'
import { setUserActive } from '@/lib/services/users/set-user-active'

const route = createRoute({
  method: 'patch',
  path: '/auth/set-active',
  tags: ['Users'],
  summary: 'Activate or deactivate a user (admin)',
  description:
    "Not in the earlier service: added for the dashboard and admin clients. Deactivating revokes the user's refresh tokens and makes their access tokens and sessions fail at once. An admin cannot deactivate themself (422) nor the last active admin (409).",
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('admin')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: setActiveBodySchema } } } },
  responses: {
    200: { description: 'The user', content: { 'application/json': { schema: envelopeSchema(userSchema) } } },
    ...errorResponses(400, 401, 403, 404, 409, 415, 422, 500, 503),
  },
})

export function registerSetActive(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json')
    const user = await setUserActive(actorOf(c), body.user_id, body.is_active)
    return c.json(envelope(200, body.is_active ? 'User activated' : 'User deactivated', user), 200)
  })
}
