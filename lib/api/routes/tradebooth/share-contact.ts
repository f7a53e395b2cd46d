// POST /api/tradebooth/share-contact?id= — a visitor shares their contact with the booth's company; DELETE withdraws it.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothIdQuerySchema } from '@/lib/schemas/booths'
import { shareContactBodySchema, sharedContactSchema, withdrawnContactSchema } from '@/lib/schemas/leads'
import { shareContact, withdrawContact } from '@/lib/services/leads/share-contact'

const share = createRoute({
  method: 'post',
  path: '/tradebooth/share-contact',
  tags: ['Leads'],
  summary: "Share your contact with a booth's company",
  description:
    "Explicit consent: the caller's name, email and profile company go to the booth's company, with an optional `note`. Sending it again updates the note. Accepted booths only (409 for one under review that the caller can see, or for the caller's own company's booth). The company's team hears it live (`lead_shared`).",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: boothIdQuerySchema, body: { required: false, content: { 'application/json': { schema: shareContactBodySchema } } } },
  responses: {
    200: { description: 'Shared', content: { 'application/json': { schema: envelopeSchema(sharedContactSchema) } } },
    ...errorResponses(400, 401, 404, 409, 500, 503),
  },
})

const withdraw = createRoute({
  method: 'delete',
  path: '/tradebooth/share-contact',
  tags: ['Leads'],
  summary: 'Withdraw your shared contact',
  description:
    "Removes the caller's contact from the booth's company: it leaves the company's leads and their exports at once. Answers 200 whether or not there was one.",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: boothIdQuerySchema },
  responses: {
    200: { description: 'Withdrawn', content: { 'application/json': { schema: envelopeSchema(withdrawnContactSchema) } } },
    ...errorResponses(400, 401, 404, 500, 503),
  },
})

export function registerShareContact(app: OpenAPIHono<ApiEnv>) {
  app.openapi(share, async (c) => {
    // The body is optional (not validated when absent): no body shares without a note.
    const body = c.req.valid('json') as { note?: string } | undefined
    const shared = await shareContact(actorOf(c), c.req.valid('query').id, body?.note ?? '')
    return c.json(envelope(200, 'Contact shared', shared), 200)
  })
  app.openapi(withdraw, async (c) => {
    const answer = await withdrawContact(actorOf(c), c.req.valid('query').id)
    return c.json(envelope(200, answer.withdrawn ? 'Contact withdrawn' : 'Nothing to withdraw', answer), 200)
  })
}
