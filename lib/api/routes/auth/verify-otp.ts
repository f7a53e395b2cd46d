// POST /api/auth/verify-otp — checks a code: a reset token for `reset_password`, the verified user for `verify_email`, a sign-in for `login`.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { loginResultSchema, mfaRequiredSchema, resetTokenSchema, verifyOtpSchema } from '@/lib/schemas/auth'
import { userSchema } from '@/lib/schemas/users'
import { isMfaRequired } from '@/lib/services/auth/finish-sign-in'
import { redeemOneTimeCode } from '@/lib/services/auth/redeem-one-time-code'

const route = createRoute({
  method: 'post',
  path: '/auth/verify-otp',
  tags: ['Auth'],
  summary: 'Verify a one-time code',
  description:
    '`reset_password` (default): returns a `reset_token` valid for 15 minutes, once, for reset-password. `verify_email`: marks the email verified and returns the user. `login`: signs in, returning the user and a token pair, or `{ mfa_required: true, mfa_token, methods }` for an account with a second factor (finish with POST /api/auth/mfa/verify). A wrong, expired, used or exhausted code answers 400 with `errors.otp`; after 5 wrong guesses the code is dead even for the right digits, and a new code does not reset the count.',
  middleware: [rateLimitHeadersMiddleware] as const,
  request: { body: { required: true, content: { 'application/json': { schema: verifyOtpSchema } } } },
  responses: {
    200: {
      description: 'Code accepted',
      content: { 'application/json': { schema: envelopeSchema(z.union([resetTokenSchema, userSchema, loginResultSchema, mfaRequiredSchema])) } },
    },
    ...errorResponses(400, 403, 429, 500, 503),
  },
})

export function registerVerifyOtp(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const { email, otp, purpose } = c.req.valid('json')
    const result = await redeemOneTimeCode({ email, purpose, code: otp, ...requestMeta(c) })
    if (result.purpose === 'reset_password') {
      c.header('Referrer-Policy', 'no-referrer')
      return c.json(
        envelope(200, 'Code verified. Set a new password with the reset token.', { reset_token: result.resetToken, expires_in: result.expiresIn }),
        200,
      )
    }
    if (result.purpose === 'verify_email') return c.json(envelope(200, 'Email verified', result.user), 200)
    return c.json(envelope(200, isMfaRequired(result.outcome) ? 'Second factor required' : 'Signed in', result.outcome), 200)
  })
}
