// PUT /api/tradebooth/update-tradebooth?id= — updates a booth and replaces the files sent (owner, staff, admin).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { parseMultipart, streamedBodyRoute } from '@/lib/api/multipart'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothIdQuerySchema, boothWithWarningsSchema, updateBoothFormSchema } from '@/lib/schemas/booths'
import { updateBooth } from '@/lib/services/booths/update-booth'
import { BOOTH_FILE_FIELDS, boothInput, boothRemovals, readBoothUploads } from './booth-form'

// The body is streamed (lib/api/multipart.ts): a file over MAX_UPLOAD_MB is refused with 413 as soon as it passes.
const route = createRoute({
  method: 'put',
  path: '/tradebooth/update-tradebooth',
  tags: ['Trade booths'],
  summary: 'Update a trade booth',
  description:
    "Fields not sent stay as they are; files sent replace the old ones (deleted); `remove_image`, `remove_pdf` or `remove_docx` set to `true` removes that file and leaves none (sending a new file and its removal together is a 400 naming the field; no file of a booth is required). Changing an accepted booth's schedule (date, times, timezone or location) sends it back to `pending` for review; any edit of a rejected booth resubmits it. Another user's booth → 403; unknown id → 404.",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { query: boothIdQuerySchema, body: { required: true, content: { 'multipart/form-data': { schema: updateBoothFormSchema } } } },
  responses: {
    200: { description: 'The updated booth, with schedule warnings', content: { 'application/json': { schema: envelopeSchema(boothWithWarningsSchema) } } },
    ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422, 500, 503),
  },
})

export function registerUpdateTradebooth(app: OpenAPIHono<ApiEnv>) {
  app.openapi(streamedBodyRoute(app, route), async (c) => {
    const form = await parseMultipart(c, updateBoothFormSchema, { files: BOOTH_FILE_FIELDS })
    const booth = await updateBooth(actorOf(c), c.req.valid('query').id, boothInput(form), await readBoothUploads(form), boothRemovals(form))
    return c.json(envelope(200, booth.status === 'pending' ? 'Booth updated; it awaits review' : 'Booth updated', booth), 200)
  })
}
