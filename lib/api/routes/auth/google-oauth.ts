// GET /api/auth/google-oauth — the provider's redirect: exchanges the code, links or creates the user, returns our tokens.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { AppError } from '@/lib/errors'
import { errorResponses } from '@/lib/api/openapi/responses'
import { completeGoogleAuthorization } from '@/lib/auth/google/complete-authorization'
import { assertGoogleConfigured } from '@/lib/auth/google/settings'
import { googleCallbackQuerySchema, googleSignInSchema } from '@/lib/schemas/google'
import { isMfaRequired } from '@/lib/services/auth/finish-sign-in'
import { mfaRequiredSchema } from '@/lib/schemas/auth'
import { signInWithGoogle } from '@/lib/services/auth/sign-in-with-google'
import { requestMeta } from '@/lib/api/client-meta'

const route = createRoute({
  method: 'get',
  path: '/auth/google-oauth',
  tags: ['Auth'],
  summary: 'Finish sign-in with Google (redirect target)',
  description:
    'The provider redirects here with `code` and `state` (or with `error`). Answers our tokens and the user, or `{ mfa_required: true, mfa_token, methods }` for an account with a second factor (finish with POST /api/auth/mfa/verify). ' +
    '400: missing, forged or expired `state`, or a provider error; 401: the user denied consent or the code is invalid/used; ' +
    '403: deactivated account or an email Google has not verified; 409: the email is linked to another Google account; 503: Google not configured or unreachable.',
  request: { query: googleCallbackQuerySchema },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: envelopeSchema(z.union([googleSignInSchema, mfaRequiredSchema])) } } },
    ...errorResponses(400, 401, 403, 409, 500, 503),
  },
})

// Only a provider's own error codes (RFC 6749 §4.1.2.1) are echoed back, never free text.
const ERROR_CODE = /^[a-z_]{1,64}$/

function providerError(error: string): AppError {
  if (error === 'access_denied') return new AppError('unauthenticated', 'Google sign-in was cancelled or denied')
  return new AppError('bad_request', ERROR_CODE.test(error) ? `Google sign-in failed (${error})` : 'Google sign-in failed')
}

export function registerGoogleOauth(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const query = c.req.valid('query')
    assertGoogleConfigured()
    if (query.error) throw providerError(query.error)
    if (!query.code || !query.state) throw new AppError('bad_request', 'code and state are required')
    const identity = await completeGoogleAuthorization({ code: query.code, state: query.state, iss: query.iss })
    const result = await signInWithGoogle(identity, requestMeta(c))
    c.header('Cache-Control', 'no-store')
    return c.json(envelope(200, isMfaRequired(result) ? 'Second factor required' : 'Signed in with Google', result), 200)
  })
}
