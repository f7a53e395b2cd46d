// POST /api/auth/refresh — exchanges a refresh token for a new token pair (rotation; reuse after the 10 s grace window revokes the family, its access tokens and sockets).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { rateLimitHeadersMiddleware } from '@/lib/rate-limit/report'
import { refreshTokenSchema, tokenPairSchema } from '@/lib/schemas/auth'
import { refreshSession } from '@/lib/services/auth/refresh-session'

const route = createRoute({
  method: 'post',
  path: '/auth/refresh',
  tags: ['Auth'],
  summary: 'Refresh the access token',
  description:
    'Each refresh token works once: the answer carries a new refresh token to use next time. Grace window: presenting an already-used refresh token within 10 seconds of its rotation (a retry, a second tab) is only refused (401); the tokens of that sign-in keep working. Presenting it later is treated as theft: the whole sign-in ends (401) — every refresh token descended from it, its access tokens (refused from the next request on) and its open Socket.IO connections (`session_ended { reason: "revoked" }`). The user’s other sign-ins are unaffected.',
  middleware: [rateLimitHeadersMiddleware] as const,
  request: { body: { required: true, content: { 'application/json': { schema: refreshTokenSchema } } } },
  responses: {
    200: { description: 'A new token pair', content: { 'application/json': { schema: envelopeSchema(tokenPairSchema) } } },
    ...errorResponses(400, 401, 429, 500, 503),
  },
})

export function registerRefresh(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const pair = await refreshSession({ refreshToken: c.req.valid('json').refresh_token, ...requestMeta(c) })
    return c.json(envelope(200, 'Token refreshed', pair), 200)
  })
}
