// POST /api/user/mfa/totp and /totp/confirm — add an authenticator app: a secret (and its QR code), then its first code → ten recovery codes.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUserDuringEnrolment } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { codeConfirmationSchema, recoveryCodesSchema, totpEnrolmentSchema } from '@/lib/schemas/auth'
import { beginTotpEnrolment, confirmTotpEnrolment } from '@/lib/services/mfa/totp-enrolment'

const begin = createRoute({
  method: 'post',
  path: '/user/mfa/totp',
  tags: ['Second factors'],
  summary: 'Start adding an authenticator app',
  description:
    'A new secret for an authenticator app (TOTP, RFC 6238: SHA-1, 6 digits, 30 s), as base32, an `otpauth://` URI and that URI as an SVG QR code. Shown once: it is stored encrypted and never answered again. Nothing changes until the first code is confirmed; starting again replaces an unconfirmed secret. 409 if an authenticator is already set up.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUserDuringEnrolment] as const,
  request: { body: { required: false, content: { 'application/json': { schema: z.object({}).strict() } } } },
  responses: {
    200: { description: 'The secret to add to the app', content: { 'application/json': { schema: envelopeSchema(totpEnrolmentSchema) } } },
    ...errorResponses(400, 401, 409, 500, 503),
  },
})

const confirm = createRoute({
  method: 'post',
  path: '/user/mfa/totp/confirm',
  tags: ['Second factors'],
  summary: 'Confirm the authenticator app with its first code',
  description:
    'Turns the second factor on and answers ten single-use recovery codes, shown this once (they are stored hashed). From now on every sign-in of the account asks for a code. A wrong code answers 400 on `code` (5 wrong codes in 15 minutes: 429); 409 when no enrolment was started. The account is mailed.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUserDuringEnrolment] as const,
  request: { body: { required: true, content: { 'application/json': { schema: codeConfirmationSchema } } } },
  responses: {
    200: { description: 'The authenticator is on; the recovery codes', content: { 'application/json': { schema: envelopeSchema(recoveryCodesSchema) } } },
    ...errorResponses(400, 401, 409, 429, 500, 503),
  },
})

export function registerTotpEnrolment(app: OpenAPIHono<ApiEnv>) {
  app.openapi(begin, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(envelope(200, 'Scan the QR code with your authenticator app, then confirm with a code', await beginTotpEnrolment(c.get('user').id)), 200)
  })
  app.openapi(confirm, async (c) => {
    const result = await confirmTotpEnrolment(c.get('user').id, c.req.valid('json').code, requestMeta(c))
    c.header('Cache-Control', 'no-store')
    return c.json(envelope(200, 'Authenticator app added. Keep these recovery codes somewhere safe: they are shown once.', result), 200)
  })
}
