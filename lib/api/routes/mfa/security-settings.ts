// GET/PATCH /api/settings/security — admins: whether staff and admins must use a second factor.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireRole } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { securitySettingsSchema, securitySettingsUpdateSchema } from '@/lib/schemas/auth'
import { securitySettings, setRequireMfaForStaff } from '@/lib/services/mfa/mfa-policy'

const read = createRoute({
  method: 'get',
  path: '/settings/security',
  tags: ['Settings'],
  summary: 'Security settings (admin)',
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('admin')] as const,
  responses: {
    200: { description: 'The settings', content: { 'application/json': { schema: envelopeSchema(securitySettingsSchema) } } },
    ...errorResponses(401, 500, 503),
  },
})

const update = createRoute({
  method: 'patch',
  path: '/settings/security',
  tags: ['Settings'],
  summary: 'Change the security settings (admin)',
  description:
    '`require_mfa_for_staff`: staff and admins must use a second factor; one without it can reach only the routes that set one up (403 elsewhere) and is sent to set one up in the dashboard. While the server runs with `REQUIRE_MFA=staff` the requirement holds whatever is stored here. Other server processes see a change within 5 seconds. Turning it on needs a second factor of the caller’s own (409). Audited.',
  security: [{ bearerAuth: [] }],
  middleware: [requireRole('admin')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: securitySettingsUpdateSchema } } } },
  responses: {
    200: { description: 'The settings now', content: { 'application/json': { schema: envelopeSchema(securitySettingsSchema) } } },
    ...errorResponses(400, 401, 409, 500, 503),
  },
})

export function registerSecuritySettings(app: OpenAPIHono<ApiEnv>) {
  app.openapi(read, async (c) => c.json(envelope(200, 'Security settings', await securitySettings()), 200))
  app.openapi(update, async (c) => {
    const settings = await setRequireMfaForStaff(c.get('user'), c.req.valid('json').require_mfa_for_staff, requestMeta(c))
    return c.json(envelope(200, 'Security settings saved', settings), 200)
  })
}
