// POST /api/auth/reset-password — sets a new password with the reset token from verify-otp; revokes every session.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { resetPasswordSchema } from '@/lib/schemas/auth'
import { resetPassword } from '@/lib/services/auth/reset-password'

const route = createRoute({
  method: 'post',
  path: '/auth/reset-password',
  tags: ['Auth'],
  summary: 'Reset the password',
  description:
    'Takes the `reset_token` from verify-otp (15 minutes, single use) and the new password twice. Every refresh token, access token and dashboard session of the account is revoked; sign in again with the new password.',
  middleware: [rateLimitHeadersMiddleware] as const,
  request: { body: { required: true, content: { 'application/json': { schema: resetPasswordSchema } } } },
  responses: {
    200: { description: 'Password changed', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 429, 500, 503),
  },
})

export function registerResetPassword(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json')
    await resetPassword({ resetToken: body.reset_token, password: body.password, ...requestMeta(c) })
    c.header('Referrer-Policy', 'no-referrer')
    return c.json(envelope(200, 'Password changed. Sign in with your new password.', null), 200)
  })
}
