import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { createApi } from '@/lib/api/app'

// The OpenAPI document is generated from the route definitions; this keeps the two in step.
describe('/api/openapi.json', () => {
  const app = createApi()

  it('is OpenAPI 3.1 and lists every route the app serves, and nothing else', async () => {
    const response = await app.request('/api/openapi.json')
    expect(response.status).toBe(200)
    const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> }
    expect(doc.openapi).toBe('3.1.0')

    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    // The two documents (REST and live events) are not operations of the REST API.
    const documents = ['/api/openapi.json', '/api/asyncapi.json']
    const served = app.routes.filter((route) => route.method !== 'ALL' && !documents.includes(route.path)).map((route) => `${route.method} ${route.path}`)
    expect([...new Set(served)].sort()).toEqual([...new Set(documented)].sort())
  })

  it('validates against the OpenAPI 3.1 schema', async () => {
    const doc = await (await app.request('/api/openapi.json')).json()
    const result = await new Validator().validate(doc)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })
})
