// GET /api/health — readiness: answers 200 when the database is reachable, 503 otherwise or while shutting down.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { checkReadiness } from '@/lib/services/check-readiness'

const readinessSchema = z
  .object({
    ready: z.boolean(),
    database: z.enum(['up', 'down']),
    database_kind: z.enum(['postgres', 'pglite']),
    shutting_down: z.boolean(),
    latency_ms: z.number().nullable(),
  })
  .openapi('Readiness')

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Readiness check (database round trip)',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: envelopeSchema(readinessSchema) } } },
    503: { description: 'Not ready', content: { 'application/json': { schema: envelopeSchema(readinessSchema) } } },
  },
})

export function registerHealth(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const readiness = await checkReadiness()
    if (readiness.ready) return c.json(envelope(200, 'OK', readiness), 200)
    c.header('Retry-After', '5')
    return c.json(envelope(503, readiness.shutting_down ? 'Shutting down' : 'Database unreachable', readiness), 503)
  })
}
