// GET /api/company/leads?id= — a company's leads (its owner); GET /api/company/leads/export?id= — the same as CSV.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { csvDownload, csvRows } from '@/lib/csv/csv-export'
import { leadPageSchema, listLeadsQuerySchema } from '@/lib/schemas/leads'
import { leadsForExport, listLeads } from '@/lib/services/leads/list-leads'

const WHO =
  "The company's owner only: staff and admins see lead counts in the analytics, never the contacts (403). A contact withdrawn by its visitor is gone from here at once."

const list = createRoute({
  method: 'get',
  path: '/company/leads',
  tags: ['Leads'],
  summary: "A company's leads",
  description: `The visitors who shared their contact with one of the company's booths, newest first; \`q\` searches name, email, company and note, \`booth_id\` narrows to one booth. ${WHO}`,
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: listLeadsQuerySchema },
  responses: {
    200: { description: 'A page of leads', content: { 'application/json': { schema: envelopeSchema(leadPageSchema) } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

const EXPORT_COLUMNS = ['shared_at', 'name', 'email', 'company', 'note', 'booth_title', 'booth_id', 'messages', 'updated_at'] as const

const exportQuery = listLeadsQuerySchema.pick({ id: true, q: true, booth_id: true })

const exportCsv = createRoute({
  method: 'get',
  path: '/company/leads/export',
  tags: ['Leads'],
  summary: "A company's leads as CSV",
  description: `Every lead of the filter (\`q\`, \`booth_id\`), oldest first, streamed; columns ${EXPORT_COLUMNS.join(', ')}. Cells that a spreadsheet would run as a formula are escaped. ${WHO}`,
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: exportQuery },
  responses: {
    200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(400, 401, 403, 404, 500, 503),
  },
})

export function registerLeads(app: OpenAPIHono<ApiEnv>) {
  app.openapi(list, async (c) => {
    const page = await listLeads(actorOf(c), c.req.valid('query'))
    return c.json(envelope(200, 'Leads', page), 200)
  })
  app.openapi(exportCsv, async (c) => {
    const { id, ...filter } = c.req.valid('query')
    const leads = await leadsForExport(actorOf(c), id, filter)
    return csvDownload(csvRows(leads, EXPORT_COLUMNS), EXPORT_COLUMNS, 'leads') as never
  })
}
