// GET /api/asyncapi.json — the AsyncAPI 3.0 document of the live rooms (Socket.IO events), generated
// from the event map (lib/schemas/socket-events.ts). Like /api/openapi.json it is a document, not an
// operation: the OpenAPI document does not list it.
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from '@/lib/api/context'
import { config } from '@/lib/config'
import { asyncApiDocument } from '@/lib/realtime/asyncapi-document'

export function registerAsyncApiDocument(app: OpenAPIHono<ApiEnv>) {
  // Built once: it depends only on the event map and APP_URL, fixed for the process's life.
  const document = asyncApiDocument(config())
  app.get('/asyncapi.json', (c) => c.json(document))
}
