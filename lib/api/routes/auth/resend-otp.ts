// POST /api/auth/resend-otp — sends a new code within the cooldown rules; 429 with Retry-After when too soon.
import type { OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope } from '@/lib/api/envelope'
import { sendOneTimeCode } from '@/lib/services/auth/send-one-time-code'
import { otpSentMessage, sendOtpRouteConfig } from './send-otp'

const route = sendOtpRouteConfig('/auth/resend-otp', 'Send a one-time code again')

export function registerResendOtp(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const { email, purpose } = c.req.valid('json')
    await sendOneTimeCode({ email, purpose, resend: true, ...requestMeta(c) })
    return c.json(envelope(200, otpSentMessage, null), 200)
  })
}
