// GET /api/tradebooth/get-details-tradebooths — a page of the booths the caller may see (any signed-in user).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothPageSchema, listBoothsQuerySchema } from '@/lib/schemas/booths'
import { listBooths } from '@/lib/services/booths/list-booths'

const route = createRoute({
  method: 'get',
  path: '/tradebooth/get-details-tradebooths',
  tags: ['Trade booths'],
  summary: 'List trade booths',
  description:
    "`q` searches title, location, description and company name (case-insensitive); filters `status`, `company_id`, and `date_from`/`date_to` (inclusive local dates, ISO or `24 Nov, 2026`); `sort` one of created_at, starts_at, title (prefix `-` for descending; default `-created_at`). Deep pages: pass the answer's `next_after` as `after` (a keyset cursor: the same cost at any depth); `page` still works. `total` is exact with no filter, `status` and `company_id`; with `q` or dates it stops at 10,000 (`total_capped`).",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: listBoothsQuerySchema },
  responses: {
    200: { description: 'A page of booths', content: { 'application/json': { schema: envelopeSchema(boothPageSchema) } } },
    ...errorResponses(400, 401, 500, 503),
  },
})

export function registerGetDetailsTradebooths(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const page = await listBooths(actorOf(c), c.req.valid('query'))
    return c.json(envelope(200, 'Trade booths', page), 200)
  })
}
