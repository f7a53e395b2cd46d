// POST /api/auth/logout — revokes the refresh token (and its family); the matching access token stops working too.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { refreshTokenSchema } from '@/lib/schemas/auth'
import { logOut } from '@/lib/services/auth/log-out'

const route = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Auth'],
  summary: 'Sign out',
  description:
    "Revokes the refresh token and its family. Outstanding access tokens of the user are refused from now on; the user's other apps get new ones with their own refresh tokens. An unknown or already revoked token answers 200 too.",
  request: { body: { required: true, content: { 'application/json': { schema: refreshTokenSchema } } } },
  responses: {
    200: { description: 'Signed out', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 500, 503),
  },
})

export function registerLogout(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    await logOut({ refreshToken: c.req.valid('json').refresh_token, ...requestMeta(c) })
    return c.json(envelope(200, 'Signed out', null), 200)
  })
}
