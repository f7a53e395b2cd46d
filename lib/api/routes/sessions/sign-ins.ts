// GET /api/user/sessions, DELETE /api/user/sessions/{id}, POST /api/user/sessions/end-others — where an account is signed in, and signing those out.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { endedSignInsSchema, signInListSchema, signInPathSchema, signInsQuerySchema } from '@/lib/schemas/sessions'
import { endOtherSignIns, endSignIn, listSignIns, signInsOwner } from '@/lib/services/sessions/sign-ins'

const list = createRoute({
  method: 'get',
  path: '/user/sessions',
  tags: ['Sessions'],
  summary: 'Where the account is signed in',
  description:
    'Every live sign-in of the caller (or, for an admin, of `user_id`): dashboard sessions and API clients (one entry per sign-in, however often it refreshed), with the device parsed from the user agent, the address, when it started and when it was last used; `current` marks the one making this request.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: signInsQuerySchema },
  responses: {
    200: { description: 'The sign-ins, most recently used first', content: { 'application/json': { schema: envelopeSchema(signInListSchema) } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

const end = createRoute({
  method: 'delete',
  path: '/user/sessions/{id}',
  tags: ['Sessions'],
  summary: 'Sign out one sign-in',
  description:
    'Ends one sign-in of the caller (or, for an admin, of `user_id`): its access and refresh tokens, or its dashboard cookie, are refused at once by this server process and within a second by any other, and its Socket.IO connections end within a second, in every process. The other sign-ins go on. Audited.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { params: signInPathSchema, query: signInsQuerySchema },
  responses: {
    200: { description: 'Signed out', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

const endOthers = createRoute({
  method: 'post',
  path: '/user/sessions/end-others',
  tags: ['Sessions'],
  summary: 'Sign out everywhere else',
  description: 'Ends every sign-in of the caller except the one making this request. Audited.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  responses: {
    200: { description: 'How many sign-ins ended', content: { 'application/json': { schema: envelopeSchema(endedSignInsSchema) } } },
    ...errorResponses(401, 403, 500, 503),
  },
})

export function registerSignIns(app: OpenAPIHono<ApiEnv>) {
  app.openapi(list, async (c) => {
    const caller = c.get('user')
    const userId = await signInsOwner(caller, c.req.valid('query').user_id)
    return c.json(envelope(200, 'Sign-ins', { items: await listSignIns(userId, caller.signInId) }), 200)
  })
  app.openapi(end, async (c) => {
    const caller = c.get('user')
    const userId = await signInsOwner(caller, c.req.valid('query').user_id)
    await endSignIn(actorOf(c), userId, c.req.valid('param').id)
    return c.json(envelope(200, 'Signed out', null), 200)
  })
  app.openapi(endOthers, async (c) => {
    const caller = c.get('user')
    const ended = await endOtherSignIns(actorOf(c), caller.id, caller.signInId)
    return c.json(envelope(200, ended === 1 ? 'Signed out 1 other sign-in' : `Signed out ${ended} other sign-ins`, { ended }), 200)
  })
}
