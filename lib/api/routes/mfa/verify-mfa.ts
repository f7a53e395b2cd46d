// POST /api/auth/mfa/verify — the second step of a sign-in: mfa_token + an authenticator or recovery code → the user and a token pair.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { loginResultSchema, mfaVerifySchema } from '@/lib/schemas/auth'
import { completeMfaSignIn } from '@/lib/services/mfa/complete-mfa-sign-in'

const route = createRoute({
  method: 'post',
  path: '/auth/mfa/verify',
  tags: ['Auth'],
  summary: 'Finish a sign-in with the second factor',
  description:
    'After `login`, `verify-otp` (purpose `login`) or a Google sign-in answered `mfa_required: true`: send its `mfa_token` with a 6-digit code from the authenticator app (each code works once; the previous and next 30-second codes are accepted) or one of the recovery codes (each works once, and its use is mailed to the account); or, instead of `code`, `passkey`: a passkey’s answer to the challenge of POST /api/auth/mfa/passkey-options. Answers the user and a token pair, as `login` does. A wrong code answers 401 with `errors.code`; the token dies after 5 minutes, 5 wrong codes or its first success (401). Wrong codes also count against the account: 5 in 15 minutes answer 429 with `Retry-After`.',
  middleware: [rateLimitHeadersMiddleware] as const,
  request: { body: { required: true, content: { 'application/json': { schema: mfaVerifySchema } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: envelopeSchema(loginResultSchema) } } },
    ...errorResponses(400, 401, 403, 429, 500, 503),
  },
})

export function registerVerifyMfa(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const { mfa_token, code, passkey } = c.req.valid('json')
    const proof = passkey ? { passkey: { challengeId: passkey.challenge_id, response: passkey.response } } : { code: code ?? '' }
    return c.json(envelope(200, 'Signed in', await completeMfaSignIn(mfa_token, proof, requestMeta(c))), 200)
  })
}
