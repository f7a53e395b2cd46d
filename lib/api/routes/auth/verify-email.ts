// GET /api/auth/verify-email?token= — the link in the verification mail (beside the code): marks the email verified.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { verifyEmailQuerySchema } from '@/lib/schemas/auth'
import { userSchema } from '@/lib/schemas/users'
import { verifyEmailLink } from '@/lib/services/auth/verify-email-link'

const route = createRoute({
  method: 'get',
  path: '/auth/verify-email',
  tags: ['Auth'],
  summary: 'Verify an email address from the mailed link',
  description: 'The link is valid for 24 hours and works once; a newer verification mail replaces it.',
  middleware: [rateLimitHeadersMiddleware] as const,
  request: { query: verifyEmailQuerySchema },
  responses: {
    200: { description: 'Email verified', content: { 'application/json': { schema: envelopeSchema(userSchema) } } },
    ...errorResponses(400, 429, 500, 503),
  },
})

export function registerVerifyEmail(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    // The token is in the URL: never leak it to another site through the Referer header.
    c.header('Referrer-Policy', 'no-referrer')
    const user = await verifyEmailLink({ token: c.req.valid('query').token, ...requestMeta(c) })
    return c.json(envelope(200, 'Email verified', user), 200)
  })
}
