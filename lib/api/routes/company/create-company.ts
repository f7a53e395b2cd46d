// POST /api/company/create-company — creates a company owned by the caller (multipart, optional logo).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { idempotencyKeyHeaders, idempotent, idempotentReplayedHeader } from '@/lib/api/middleware/idempotency'
import { limitCreates } from '@/lib/api/middleware/rate-limit'
import { requireUser } from '@/lib/api/middleware/require-user'
import { parseMultipart, streamedBodyRoute } from '@/lib/api/multipart'
import { errorResponses } from '@/lib/api/openapi/responses'
import { companySchema, createCompanyFormSchema } from '@/lib/schemas/companies'
import { createCompany } from '@/lib/services/companies/create-company'
import { readUploadedFile } from '@/lib/storage/uploaded-file'

// One logo of at most MAX_UPLOAD_MB: the body is streamed (lib/api/multipart.ts) and refused with 413 as soon as it passes.
const FILE_FIELDS = ['image'] as const

const route = createRoute({
  method: 'post',
  path: '/company/create-company',
  tags: ['Companies'],
  summary: 'Create a company',
  description:
    'The caller becomes the owner. Names are unique case-insensitively (409). Send an `Idempotency-Key` header to make retries safe. Rate-limited per user (`RateLimit` headers; 429 with `Retry-After`).',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser, limitCreates, idempotent()] as const,
  request: {
    headers: idempotencyKeyHeaders,
    body: { required: true, content: { 'multipart/form-data': { schema: createCompanyFormSchema } } },
  },
  responses: {
    201: { description: 'The new company', headers: idempotentReplayedHeader, content: { 'application/json': { schema: envelopeSchema(companySchema) } } },
    ...errorResponses(400, 401, 409, 413, 415, 422, 429, 500, 503),
  },
})

export function registerCreateCompany(app: OpenAPIHono<ApiEnv>) {
  app.openapi(streamedBodyRoute(app, route), async (c) => {
    const form = await parseMultipart(c, createCompanyFormSchema, { files: FILE_FIELDS })
    const company = await createCompany(actorOf(c), { name: form.name, location: form.location, size: form.size }, await readUploadedFile(form.image))
    return c.json(envelope(201, 'Company created', company), 201)
  })
}
