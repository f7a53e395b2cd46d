// POST /api/auth/change-password — the signed-in user changes their password; every session is revoked.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { changePasswordSchema } from '@/lib/schemas/auth'
import { changePassword } from '@/lib/services/auth/change-password'

const route = createRoute({
  method: 'post',
  path: '/auth/change-password',
  tags: ['Auth'],
  summary: 'Change the password',
  description:
    'Checks the current `password` (a wrong one answers 400 on `password`; 5 wrong ones in 15 minutes answer 429), sets `new_password`, and revokes every refresh token, access token and dashboard session of the account, the caller’s included: sign in again.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser, rateLimitHeadersMiddleware] as const,
  request: { body: { required: true, content: { 'application/json': { schema: changePasswordSchema } } } },
  responses: {
    200: { description: 'Password changed', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 401, 403, 429, 500, 503),
  },
})

export function registerChangePassword(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json')
    await changePassword({ userId: c.get('user').id, password: body.password, newPassword: body.new_password, ...requestMeta(c) })
    return c.json(envelope(200, 'Password changed. Sign in again with your new password.', null), 200)
  })
}
