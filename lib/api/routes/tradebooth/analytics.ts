// GET /api/tradebooth/analytics?id= and GET /api/company/analytics?id= — visits, visitors, messages, leads and conversion over a window.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { analyticsQuerySchema, boothAnalyticsSchema, companyAnalyticsSchema } from '@/lib/schemas/analytics'
import { boothAnalytics, companyAnalytics } from '@/lib/services/analytics/booth-analytics'

const WHO = "The company's owner, staff and admins (others: 403). Days are UTC days; `from`..`to` is inclusive."

const booth = createRoute({
  method: 'get',
  path: '/tradebooth/analytics',
  tags: ['Analytics'],
  summary: "A booth's analytics",
  description: `Visits (each person once a day), unique visitors, messages in the booth's room, leads, the room's peak and conversion (leads / unique visitors), in total and per hour or day. ${WHO} A booth the caller cannot see is a 404.`,
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: analyticsQuerySchema },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: envelopeSchema(boothAnalyticsSchema) } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

const company = createRoute({
  method: 'get',
  path: '/company/analytics',
  tags: ['Analytics'],
  summary: "A company's analytics",
  description: `The company's booths together (a person who visits two booths on a day is one unique visitor), and each booth's totals. ${WHO}`,
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: analyticsQuerySchema },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: envelopeSchema(companyAnalyticsSchema) } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

export function registerAnalytics(app: OpenAPIHono<ApiEnv>) {
  app.openapi(booth, async (c) => c.json(envelope(200, 'Booth analytics', await boothAnalytics(actorOf(c), c.req.valid('query'))), 200))
  app.openapi(company, async (c) => c.json(envelope(200, 'Company analytics', await companyAnalytics(actorOf(c), c.req.valid('query'))), 200))
}
