// POST /api/auth/passkey/options, /api/auth/passkey/verify, /api/auth/mfa/passkey-options — signing in with a passkey, alone or as the second step.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { loginResultSchema, mfaTokenSchema } from '@/lib/schemas/auth'
import { passkeySignInSchema, webauthnOptionsSchema } from '@/lib/schemas/passkeys'
import { mfaPasskeyOptions, passkeySignInOptions, signInWithPasskey } from '@/lib/services/passkeys/passkey-sign-in'

const options = createRoute({
  method: 'post',
  path: '/auth/passkey/options',
  tags: ['Auth'],
  summary: 'Options to sign in with a passkey',
  description:
    'WebAuthn request options for a discoverable passkey (no email needed; user verification required). Pass `options` to `navigator.credentials.get` (or `startAuthentication({ optionsJSON })`) and send the result with `challenge_id` to POST /api/auth/passkey/verify within 5 minutes.',
  middleware: [rateLimitHeadersMiddleware] as const,
  responses: {
    200: { description: 'Request options', content: { 'application/json': { schema: envelopeSchema(webauthnOptionsSchema) } } },
    ...errorResponses(429, 500, 503),
  },
})

const verify = createRoute({
  method: 'post',
  path: '/auth/passkey/verify',
  tags: ['Auth'],
  summary: 'Sign in with a passkey',
  description:
    'A passkey with user verification proves both factors: answers the user and a token pair, as `login` does, with no second step. 401 for a passkey we do not know, a wrong signature, no user verification, or a spent or expired challenge; 403 for a deactivated account.',
  middleware: [rateLimitHeadersMiddleware] as const,
  request: { body: { required: true, content: { 'application/json': { schema: passkeySignInSchema } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: envelopeSchema(loginResultSchema) } } },
    ...errorResponses(400, 401, 403, 429, 500, 503),
  },
})

const secondStep = createRoute({
  method: 'post',
  path: '/auth/mfa/passkey-options',
  tags: ['Auth'],
  summary: 'Options for a passkey as the second step',
  description:
    'For an `mfa_required` answer whose `methods` include `passkey`: request options naming that account’s passkeys. Send the authenticator’s answer as `passkey: { challenge_id, response }` to POST /api/auth/mfa/verify with the same `mfa_token`.',
  middleware: [rateLimitHeadersMiddleware] as const,
  request: { body: { required: true, content: { 'application/json': { schema: mfaTokenSchema } } } },
  responses: {
    200: { description: 'Request options', content: { 'application/json': { schema: envelopeSchema(webauthnOptionsSchema) } } },
    ...errorResponses(400, 401, 409, 429, 500, 503),
  },
})

export function registerPasskeySignIn(app: OpenAPIHono<ApiEnv>) {
  app.openapi(options, async (c) => c.json(envelope(200, 'Passkey options', await passkeySignInOptions(requestMeta(c))), 200))
  app.openapi(verify, async (c) => {
    const { challenge_id, response } = c.req.valid('json')
    return c.json(envelope(200, 'Signed in', await signInWithPasskey(challenge_id, response, requestMeta(c))), 200)
  })
  app.openapi(secondStep, async (c) => c.json(envelope(200, 'Passkey options', await mfaPasskeyOptions(c.req.valid('json').mfa_token, requestMeta(c))), 200))
}
