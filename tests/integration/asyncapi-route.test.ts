import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { config } from '@/lib/config'
import { asyncApiDocument } from '@/lib/realtime/asyncapi-document'

// GET /api/asyncapi.json: the live events' AsyncAPI document (tests/unit/asyncapi.test.ts checks
// the document itself), served by the API app like /api/openapi.json, to anyone.
describe('GET /api/asyncapi.json', () => {
  it('serves the generated AsyncAPI 3.0 document as JSON, without credentials', async () => {
    const response = await api().request('/api/asyncapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
    const body = (await response.json()) as { asyncapi: string; servers: { app: { host: string } }; operations: Record<string, unknown> }
    expect(body).toEqual(JSON.parse(JSON.stringify(asyncApiDocument(config()))))
    expect(body.asyncapi).toBe('3.0.0')
    expect(body.servers.app.host).toBe(new URL(config().APP_URL).host)
    expect(Object.keys(body.operations)).toEqual(expect.arrayContaining(['sendJoinRoom', 'sendMessage', 'onMessage', 'onBoothStatus']))
  })

  it('answers another method with 405 naming GET (and HEAD)', async () => {
    const response = await api().request('/api/asyncapi.json', { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
    expect(await response.json()).toMatchObject({ status: 405, data: null })
  })
})
