// PUT /api/company/update-company?id= — updates a company (its owner, staff or an admin; multipart).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { parseMultipart, streamedBodyRoute } from '@/lib/api/multipart'
import { errorResponses } from '@/lib/api/openapi/responses'
import { companyIdQuerySchema, companySchema, updateCompanyFormSchema } from '@/lib/schemas/companies'
import { updateCompany } from '@/lib/services/companies/update-company'
import { readUploadedFile } from '@/lib/storage/uploaded-file'

// One logo of at most MAX_UPLOAD_MB, streamed (lib/api/multipart.ts).
const FILE_FIELDS = ['image'] as const

const route = createRoute({
  method: 'put',
  path: '/company/update-company',
  tags: ['Companies'],
  summary: 'Update a company',
  description:
    'Only the fields sent change; an empty `location` or `size` clears it. A new `image` replaces the logo (the old file is deleted); `remove_image=true` removes it and leaves none (a 400 naming `image` if a new one is sent too). Another user’s company answers 403.',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: {
    query: companyIdQuerySchema,
    body: { required: true, content: { 'multipart/form-data': { schema: updateCompanyFormSchema } } },
  },
  responses: {
    200: { description: 'The updated company', content: { 'application/json': { schema: envelopeSchema(companySchema) } } },
    ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422, 500, 503),
  },
})

export function registerUpdateCompany(app: OpenAPIHono<ApiEnv>) {
  app.openapi(streamedBodyRoute(app, route), async (c) => {
    const form = await parseMultipart(c, updateCompanyFormSchema, { files: FILE_FIELDS })
    const input = { name: form.name, location: form.location, size: form.size }
    const logo = form.remove_image ? null : await readUploadedFile(form.image)
    const company = await updateCompany(actorOf(c), c.req.valid('query').id, input, logo)
    return c.json(envelope(200, 'Company updated', company), 200)
  })
}
