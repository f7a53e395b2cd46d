// GET /api/media/{id} — serves a file kept on local disk (other drivers: a redirect to their URL).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { errorResponses } from '@/lib/api/openapi/responses'
import { openStoredFile } from '@/lib/storage/open-stored-file'

const route = createRoute({
  method: 'get',
  path: '/media/{id}',
  tags: ['Media'],
  summary: 'A stored file',
  description:
    'Public, like an image URL on a CDN: ids are unguessable. Served with the content type found at upload, `nosniff`, and as an attachment unless it is an image.',
  request: {
    params: z.object({
      id: z
        .string()
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
    302: { description: 'Stored by a driver that serves its own URL' },
    ...errorResponses(404, 500, 503),
  },
})

export function registerGetMedia(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const file = await openStoredFile(c.req.valid('param').id)
    if (file.type === 'redirect') return c.redirect(file.url, 302)
    // A file's bytes never change under its id (a replacement gets a new id), so caches may keep it.
    c.header('Cache-Control', 'public, max-age=86400')
    c.header('ETag', `"${file.id}"`)
    c.header('Content-Type', file.contentType)
    c.header('Content-Length', String(file.size))
    c.header('X-Content-Type-Options', 'nosniff')
    // Even if a browser rendered it as a document, nothing in it could run or load anything.
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; sandbox")
    if (file.kind !== 'image') c.header('Content-Disposition', `attachment; filename="${file.fileName}"`)
    return c.body(file.body, 200)
  })
}
