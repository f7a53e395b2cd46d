// GET /api/auth/google_login_page_redirect — the provider's consent URL (state, PKCE S256, nonce) for the web code flow.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { buildAuthorizationUrl } from '@/lib/auth/google/authorization-url'
import { googleAuthorizationUrlSchema } from '@/lib/schemas/google'

const route = createRoute({
  method: 'get',
  path: '/auth/google_login_page_redirect',
  tags: ['Auth'],
  summary: 'Start sign-in with Google: get the consent URL',
  description:
    'Returns `authorization_url`. Send the browser there; after consent the provider redirects to `/api/auth/google-oauth?code=…&state=…`. ' +
    'The `state` is valid for 10 minutes. 503 with "Google sign-in is not configured" when the server has no Google client.',
  responses: {
    200: { description: 'The consent URL', content: { 'application/json': { schema: envelopeSchema(googleAuthorizationUrlSchema) } } },
    ...errorResponses(500, 503),
  },
})

export function registerGoogleLoginPageRedirect(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const authorizationUrl = await buildAuthorizationUrl()
    // The URL embeds a fresh state and must never be served from a cache.
    c.header('Cache-Control', 'no-store')
    return c.json(envelope(200, 'Open authorization_url to sign in with Google', { authorization_url: authorizationUrl }), 200)
  })
}
