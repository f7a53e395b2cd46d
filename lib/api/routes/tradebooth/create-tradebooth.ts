// POST /api/tradebooth/create-tradebooth — a booth in one of the caller's companies (multipart; starts pending).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { idempotencyKeyHeaders, idempotent, idempotentReplayedHeader } from '@/lib/api/middleware/idempotency'
import { limitCreates } from '@/lib/api/middleware/rate-limit'
import { requireUser } from '@/lib/api/middleware/require-user'
import { parseMultipart, streamedBodyRoute } from '@/lib/api/multipart'
import { errorResponses } from '@/lib/api/openapi/responses'
import { boothWithWarningsSchema, createBoothFormSchema } from '@/lib/schemas/booths'
import { createBooth } from '@/lib/services/booths/create-booth'
import { BOOTH_FILE_FIELDS, boothInput, readBoothUploads } from './booth-form'

// The body is streamed (lib/api/multipart.ts): a file over MAX_UPLOAD_MB is refused with 413 as soon as it passes.
const route = createRoute({
  method: 'post',
  path: '/tradebooth/create-tradebooth',
  tags: ['Trade booths'],
  summary: 'Create a trade booth',
  description:
    "In a company the caller owns (staff and admins: any company; someone else's company → 403). Starts `pending` until staff review it. `date` is ISO `2026-11-24` or `24 Nov, 2026`; times ISO `09:30` or `09:30AM`, local to `timezone` (IANA, default UTC); the end must be after the start. The same company, title, location and start twice → 409. Overlapping booths at the same location come back in `warnings` (not refused). Send an `Idempotency-Key` header to make retries safe.",
  security: [{ bearerAuth: [] }],
  middleware: [requireUser, limitCreates, idempotent()] as const,
  request: {
    headers: idempotencyKeyHeaders,
    body: { required: true, content: { 'multipart/form-data': { schema: createBoothFormSchema } } },
  },
  responses: {
    201: {
      description: 'The new booth, with schedule warnings',
      headers: idempotentReplayedHeader,
      content: { 'application/json': { schema: envelopeSchema(boothWithWarningsSchema) } },
    },
    ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503),
  },
})

export function registerCreateTradebooth(app: OpenAPIHono<ApiEnv>) {
  app.openapi(streamedBodyRoute(app, route), async (c) => {
    const form = await parseMultipart(c, createBoothFormSchema, { files: BOOTH_FILE_FIELDS })
    const booth = await createBooth(actorOf(c), boothInput(form), await readBoothUploads(form))
    const message = booth.warnings.length ? 'Booth created; it overlaps other booths at this location' : 'Booth created'
    return c.json(envelope(201, message, booth), 201)
  })
}
