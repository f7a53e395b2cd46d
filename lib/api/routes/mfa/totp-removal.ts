// POST /api/user/mfa/totp/remove and /recovery-codes — remove the authenticator, or replace the recovery codes; both after a current code.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { currentFactorSchema, recoveryCodesSchema } from '@/lib/schemas/auth'
import { regenerateRecoveryCodes, removeTotp } from '@/lib/services/mfa/totp-enrolment'

const remove = createRoute({
  method: 'post',
  path: '/user/mfa/totp/remove',
  tags: ['Second factors'],
  summary: 'Remove the authenticator app',
  description:
    'Needs a current `code` (authenticator or recovery code): a stolen session alone cannot weaken the account. Removes the authenticator and the recovery codes; sign-ins ask for a password or email code only from then on. A wrong code answers 400 on `code`; 409 when none is set up. The account is mailed.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { body: { required: true, content: { 'application/json': { schema: currentFactorSchema } } } },
  responses: {
    200: { description: 'Removed', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 401, 409, 429, 500, 503),
  },
})

const regenerate = createRoute({
  method: 'post',
  path: '/user/mfa/recovery-codes',
  tags: ['Second factors'],
  summary: 'Replace the recovery codes',
  description: 'Needs a current `code`. Ten new single-use codes, shown once; the earlier ones stop working. The account is mailed.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { body: { required: true, content: { 'application/json': { schema: currentFactorSchema } } } },
  responses: {
    200: { description: 'The new recovery codes', content: { 'application/json': { schema: envelopeSchema(recoveryCodesSchema) } } },
    ...errorResponses(400, 401, 409, 429, 500, 503),
  },
})

export function registerTotpRemoval(app: OpenAPIHono<ApiEnv>) {
  app.openapi(remove, async (c) => {
    await removeTotp(c.get('user').id, c.req.valid('json').code, requestMeta(c))
    return c.json(envelope(200, 'Authenticator app removed', null), 200)
  })
  app.openapi(regenerate, async (c) => {
    const result = await regenerateRecoveryCodes(c.get('user').id, c.req.valid('json').code, requestMeta(c))
    c.header('Cache-Control', 'no-store')
    return c.json(envelope(200, 'New recovery codes. Keep them somewhere safe: they are shown once.', result), 200)
  })
}
