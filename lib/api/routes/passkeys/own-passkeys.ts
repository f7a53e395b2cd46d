// /api/user/passkeys — the signed-in user's passkeys: options to create one, create, list, remove.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser, requireUserDuringEnrolment } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { passkeyListSchema, passkeyPathSchema, passkeyRegisteredSchema, passkeyRegistrationSchema, webauthnOptionsSchema } from '@/lib/schemas/passkeys'
import { listPasskeys, passkeyRegistrationOptions, registerPasskey, removePasskey } from '@/lib/services/passkeys/passkeys'

const options = createRoute({
  method: 'post',
  path: '/user/passkeys/options',
  tags: ['Second factors'],
  summary: 'Options to create a passkey',
  description:
    'WebAuthn creation options for this account (relying party: APP_URL’s host; a discoverable credential, so it can sign in without an email; user verification preferred; the account’s passkeys excluded). Pass `options` to `navigator.credentials.create` (or @simplewebauthn/browser’s `startRegistration({ optionsJSON })`) and send the result to POST /api/user/passkeys with `challenge_id` within 5 minutes.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUserDuringEnrolment] as const,
  responses: {
    200: { description: 'Creation options', content: { 'application/json': { schema: envelopeSchema(webauthnOptionsSchema) } } },
    ...errorResponses(401, 409, 500, 503),
  },
})

const create = createRoute({
  method: 'post',
  path: '/user/passkeys',
  tags: ['Second factors'],
  summary: 'Add a passkey',
  description:
    'Checks the authenticator’s answer (challenge, origin, relying party) and stores the passkey’s public key. The passkey then signs in alone (POST /api/auth/passkey/verify) or as the second factor, and the account’s second factor is on. An account without recovery codes gets ten, shown once. 400 on `response` for an answer that does not check out; 401 for a spent or expired challenge. The account is mailed.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUserDuringEnrolment] as const,
  request: { body: { required: true, content: { 'application/json': { schema: passkeyRegistrationSchema } } } },
  responses: {
    201: { description: 'The passkey', content: { 'application/json': { schema: envelopeSchema(passkeyRegisteredSchema) } } },
    ...errorResponses(400, 401, 409, 500, 503),
  },
})

const list = createRoute({
  method: 'get',
  path: '/user/passkeys',
  tags: ['Second factors'],
  summary: 'Own passkeys',
  security: [{ bearerAuth: [] }],
  middleware: [requireUserDuringEnrolment] as const,
  responses: {
    200: { description: 'The passkeys, oldest first', content: { 'application/json': { schema: envelopeSchema(passkeyListSchema) } } },
    ...errorResponses(401, 500, 503),
  },
})

const remove = createRoute({
  method: 'delete',
  path: '/user/passkeys/{id}',
  tags: ['Second factors'],
  summary: 'Remove a passkey',
  description: 'It can sign in no more. Removing the last second factor turns two-step sign-in off (and its recovery codes with it). The account is mailed.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { params: passkeyPathSchema },
  responses: {
    200: { description: 'Removed', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 401, 404, 500, 503),
  },
})

export function registerOwnPasskeys(app: OpenAPIHono<ApiEnv>) {
  app.openapi(options, async (c) => c.json(envelope(200, 'Passkey options', await passkeyRegistrationOptions(c.get('user').id)), 200))
  app.openapi(create, async (c) => {
    const body = c.req.valid('json')
    const result = await registerPasskey(c.get('user').id, { challengeId: body.challenge_id, name: body.name, response: body.response }, requestMeta(c))
    c.header('Cache-Control', 'no-store')
    return c.json(envelope(201, 'Passkey added', result), 201)
  })
  app.openapi(list, async (c) => c.json(envelope(200, 'Passkeys', { items: await listPasskeys(c.get('user').id) }), 200))
  app.openapi(remove, async (c) => {
    await removePasskey(c.get('user').id, c.req.valid('param').id, requestMeta(c))
    return c.json(envelope(200, 'Passkey removed', null), 200)
  })
}
