// DELETE /api/user/delete-user — deletes (moves to the trash) the caller's own account; an admin may pass ?id= for anyone's.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { deleteUserQuerySchema } from '@/lib/schemas/users'
import { deleteUser } from '@/lib/services/users/delete-user'

const route = createRoute({
  method: 'delete',
  path: '/user/delete-user',
  tags: ['Users'],
  summary: 'Delete an account and its media',
  description:
    "Moves the account to the trash with its companies and their booths: it is signed out everywhere at once, cannot sign in, and is hidden from every list and lookup. An administrator can restore it from the dashboard for 30 days; then it is deleted for good with all its files (chat messages stay without an author). A non-admin passing another user's id gets 404. The last active admin cannot be deleted (409).",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: deleteUserQuerySchema },
  responses: {
    200: { description: 'Deleted', content: { 'application/json': { schema: envelopeSchema(z.null()) } } },
    ...errorResponses(400, 401, 404, 409, 500, 503),
  },
})

export function registerDeleteUser(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const actor = actorOf(c)
    await deleteUser(actor, c.req.valid('query').id ?? actor.id)
    return c.json(envelope(200, 'Account deleted', null), 200)
  })
}
