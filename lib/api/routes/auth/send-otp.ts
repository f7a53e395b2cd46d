// POST /api/auth/send-otp — mails a one-time code for `purpose`; the same answer whether or not the email has an account.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { sendOtpSchema } from '@/lib/schemas/auth'
import { sendOneTimeCode } from '@/lib/services/auth/send-one-time-code'

/** send-otp and resend-otp are one operation under two names (the earlier service had both). */
export const otpSentMessage = 'If an account exists for this email, a code has been sent to it.'

export const sendOtpRouteConfig = (path: '/auth/send-otp' | '/auth/resend-otp', summary: string) =>
  createRoute({
    method: 'post',
    path,
    tags: ['Auth'],
    summary,
    description:
      'Mails a 6-digit code for `purpose` (`reset_password` when omitted; `verify_email`, `login`). The code expires in 10 minutes, works once and survives 5 wrong guesses. One code per email and purpose per 60 s: sooner answers 429 with `Retry-After`. The answer never tells whether the email has an account.',
    middleware: [rateLimitHeadersMiddleware] as const,
    request: { body: { required: true, content: { 'application/json': { schema: sendOtpSchema } } } },
    responses: {
      200: { description: 'Accepted (sent if the account exists)', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
      ...errorResponses(400, 429, 500, 503),
    },
  })

const route = sendOtpRouteConfig('/auth/send-otp', 'Send a one-time code')

export function registerSendOtp(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const { email, purpose } = c.req.valid('json')
    await sendOneTimeCode({ email, purpose, ...requestMeta(c) })
    return c.json(envelope(200, otpSentMessage, null), 200)
  })
}
