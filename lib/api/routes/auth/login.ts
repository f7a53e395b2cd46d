// POST /api/auth/login — email + password → the user and a token pair; 401 for any bad pair, 403 if unverified or deactivated.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { loginSchema, signInOutcomeSchema } from '@/lib/schemas/auth'
import { isMfaRequired } from '@/lib/services/auth/finish-sign-in'
import { logIn } from '@/lib/services/auth/log-in'

const route = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Auth'],
  summary: 'Sign in with a password',
  description:
    'Returns the user, a 15-minute access token and a refresh token; for an account with a second factor, `{ mfa_required: true, mfa_token, methods, expires_in }` instead, to finish with POST /api/auth/mfa/verify. Any wrong email/password pair answers the same 401. After repeated failures the account is locked for a growing time (429 with `Retry-After`); a right password on an unverified or deactivated account answers 403.',
  middleware: [rateLimitHeadersMiddleware] as const,
  request: { body: { required: true, content: { 'application/json': { schema: loginSchema } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: envelopeSchema(signInOutcomeSchema) } } },
    ...errorResponses(400, 401, 403, 429, 500, 503),
  },
})

export function registerLogin(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const { email, password } = c.req.valid('json')
    const outcome = await logIn({ email, password, ...requestMeta(c) })
    return c.json(envelope(200, isMfaRequired(outcome) ? 'Second factor required' : 'Signed in', outcome), 200)
  })
}
