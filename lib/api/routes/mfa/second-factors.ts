// GET /api/user/mfa — which second factors the signed-in user has, and whether one is required.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUserDuringEnrolment } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { secondFactorStatusSchema } from '@/lib/schemas/auth'
import { securitySettings } from '@/lib/services/mfa/mfa-policy'
import { secondFactorStatus } from '@/lib/services/mfa/totp-enrolment'

const route = createRoute({
  method: 'get',
  path: '/user/mfa',
  tags: ['Second factors'],
  summary: 'Own second factors',
  description:
    '`required` is true for staff and admins while the "second factor required" setting is on; such an account without one gets 403 from every other route until it sets one up.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUserDuringEnrolment] as const,
  responses: {
    200: { description: 'The second factors', content: { 'application/json': { schema: envelopeSchema(secondFactorStatusSchema) } } },
    ...errorResponses(401, 500, 503),
  },
})

export function registerSecondFactors(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const user = c.get('user')
    const [status, settings] = await Promise.all([secondFactorStatus(user.id), securitySettings()])
    const required = settings.require_mfa_for_staff && user.role !== 'user'
    return c.json(envelope(200, 'Second factors', { ...status, required }), 200)
  })
}
