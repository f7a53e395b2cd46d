import { OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from './context'
import { envelope } from './envelope'
import { allowedMethods } from './method-not-allowed'
import { errorResponse } from './error-handler'
import { AppError } from './errors'
import { fieldErrors } from './error-handler'
import { requestContext } from './middleware/request-context'
import { securityHeaders } from './middleware/security-headers'
import { registerHealth } from './routes/health'

export type ApiApp = OpenAPIHono<ApiEnv>

/** A Hono app with the API's middleware, validation hook and error mapping, but no routes. */
export function createApiShell(): ApiApp {
  const app = new OpenAPIHono<ApiEnv>({
    // Validation failures of any route become the 400 envelope with `errors` per field.
    defaultHook: (result) => {
      if (!result.success) throw new AppError('validation', 'Validation failed', { errors: fieldErrors(result.error) })
    },
  }).basePath('/api')
  app.use('*', requestContext, securityHeaders)
  const methodsFor = allowedMethods(app.routes)
  app.notFound((c) => {
    const allowed = methodsFor(c.req.path)
    if (allowed.length === 0) return c.json(envelope(404, `No route for ${c.req.method} ${c.req.path}`, null, { request_id: c.get('requestId') }), 404)
    c.header('Allow', allowed.join(', '))
    return c.json(envelope(405, `Method ${c.req.method} not allowed; use ${allowed.join(', ')}`, null, { request_id: c.get('requestId') }), 405)
  })
  app.onError((error, c) => errorResponse(c, error))
  return app
}

/** The VI Cross API: every route, and the OpenAPI document generated from them. */
export function createApi(): ApiApp {
  const app = createApiShell()
  registerHealth(app)
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'VI Cross API', version: '1.0.0', description: 'The public API of VI Cross. Every response is an envelope `{ status, message, data }`.' },
  })
  return app
}

const API = Symbol.for('vicross.api')
type Holder = typeof globalThis & { [API]?: ApiApp }

/** The process's API app, built once. */
export function api(): ApiApp {
  return ((globalThis as Holder)[API] ??= createApi())
}
