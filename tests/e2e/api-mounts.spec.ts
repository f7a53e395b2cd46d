import { expect, test, type APIRequestContext } from '@playwright/test'

// The API is mounted twice: server.ts hands /api/* straight to Hono, while `next start` (or any
// Next host) serves it through app/api/[[...route]]/route.ts. Both must answer alike.
const fastPath = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`
const nextMount = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`

type Probe = { method: 'GET' | 'POST' | 'DELETE'; path: string; body?: string; headers?: Record<string, string> }
const probes: Probe[] = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/no-such-route' },
  { method: 'DELETE', path: '/api/auth/nothing-here?id=1' },
  { method: 'POST', path: '/api/health' },
  { method: 'POST', path: '/api/auth/login', body: '{"broken": ', headers: { 'content-type': 'application/json' } },
  { method: 'POST', path: '/api/auth/login', body: '{"email": "not-an-email"}', headers: { 'content-type': 'application/json' } },
  { method: 'GET', path: '/api/openapi.json' },
]

/** The answer minus what legitimately differs per request (ids, timings). */
async function answer(request: APIRequestContext, base: string, probe: Probe) {
  const response = await request.fetch(base + probe.path, { method: probe.method, data: probe.body, headers: probe.headers })
  const body = (await response.json()) as Record<string, unknown>
  delete body.request_id
  const data = body.data as Record<string, unknown> | null
  if (data && 'latency_ms' in data) data.latency_ms = 'n'
  if (data && 'database_kind' in data) data.database_kind = 'any'
  const headers = response.headers()
  return {
    status: response.status(),
    body,
    contentType: headers['content-type'],
    nosniff: headers['x-content-type-options'],
    frameAncestors: headers['content-security-policy'],
    hasRequestId: /^[\w-]{8,}$/.test(headers['x-request-id'] ?? ''),
    poweredBy: headers['x-powered-by'],
  }
}

for (const probe of probes) {
  test(`${probe.method} ${probe.path}${probe.body ? ` with ${probe.body}` : ''} answers the same through both mounts`, async ({ request }) => {
    const direct = await answer(request, fastPath, probe)
    const throughNext = await answer(request, nextMount, probe)
    expect(throughNext).toEqual(direct)
    expect(direct.nosniff).toBe('nosniff')
    expect(direct.frameAncestors).toContain("frame-ancestors 'none'")
    expect(direct.hasRequestId).toBe(true)
    expect(direct.poweredBy).toBeUndefined()
    expect(direct.contentType).toContain('application/json')
    // Every answer is an envelope whose status agrees with HTTP's; the OpenAPI document is the one exception.
    if (probe.path === '/api/openapi.json') expect(direct.body).toMatchObject({ openapi: '3.1.0' })
    else expect((direct.body as { status: number }).status).toBe(direct.status)
  })
}

test('an unknown /api path is a JSON 404 envelope, never an HTML page', async ({ request }) => {
  const response = await request.get(`${fastPath}/api/definitely/not/here`)
  expect(response.status()).toBe(404)
  expect(await response.json()).toMatchObject({ status: 404, data: null })
})
