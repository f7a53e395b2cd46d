// GET /api/auth/google-oauth-login-authenticate — a client-held Google ID token (header or `id_token`) exchanged for our tokens.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { unauthenticated } from '@/lib/errors'
import { errorResponses } from '@/lib/api/openapi/responses'
import { verifyGoogleIdToken } from '@/lib/auth/google/id-token'
import { assertGoogleConfigured } from '@/lib/auth/google/settings'
import { googleIdTokenHeadersSchema, googleIdTokenQuerySchema, googleSignInSchema } from '@/lib/schemas/google'
import { isMfaRequired } from '@/lib/services/auth/finish-sign-in'
import { mfaRequiredSchema } from '@/lib/schemas/auth'
import { signInWithGoogle } from '@/lib/services/auth/sign-in-with-google'
import { requestMeta } from '@/lib/api/client-meta'

const route = createRoute({
  method: 'get',
  path: '/auth/google-oauth-login-authenticate',
  tags: ['Auth'],
  summary: 'Sign in with a Google ID token held by the client',
  description:
    'Send the ID token your app obtained from Google (issued for our client id) as `Authorization: Bearer <id_token>` (preferred: URLs end up in logs) or `?id_token=`. ' +
    "Its signature (the issuer's published keys), issuer, audience and expiry are checked. 401 for any invalid token; " +
    '403 for a deactivated account or an email Google has not verified; 503 when Google is not configured or unreachable.',
  request: { query: googleIdTokenQuerySchema, headers: googleIdTokenHeadersSchema },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: envelopeSchema(z.union([googleSignInSchema, mfaRequiredSchema])) } } },
    ...errorResponses(400, 401, 403, 409, 500, 503),
  },
})

const BEARER = /^Bearer\s+(\S+)\s*$/i

export function registerGoogleOauthLoginAuthenticate(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const { id_token: fromQuery } = c.req.valid('query')
    const { authorization } = c.req.valid('header')
    assertGoogleConfigured()
    const idToken = (authorization && BEARER.exec(authorization)?.[1]) || fromQuery
    if (!idToken) throw unauthenticated('A Google ID token is required (Authorization: Bearer <id_token> or ?id_token=)')
    const identity = await verifyGoogleIdToken(idToken)
    const result = await signInWithGoogle(identity, requestMeta(c))
    c.header('Cache-Control', 'no-store')
    return c.json(envelope(200, isMfaRequired(result) ? 'Second factor required' : 'Signed in with Google', result), 200)
  })
}
