// GET /api/user/profile — the signed-in user's own profile.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUserDuringEnrolment } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { userSchema } from '@/lib/schemas/users'
import { getProfile } from '@/lib/services/users/get-profile'

const route = createRoute({
  method: 'get',
  path: '/user/profile',
  tags: ['Users'],
  summary: 'Own profile',
  security: [{ bearerAuth: [] }],
  middleware: [requireUserDuringEnrolment] as const,
  responses: {
    200: { description: 'The signed-in user', content: { 'application/json': { schema: envelopeSchema(userSchema) } } },
    ...errorResponses(401, 500, 503),
  },
})

export function registerGetProfile(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const user = await getProfile(c.get('user').id)
    return c.json(envelope(200, 'Profile', user), 200)
  })
}
