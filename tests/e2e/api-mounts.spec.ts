import { expect, request as requests, test, type APIRequestContext, type APIResponse } from '@playwright/test'
import { ADMIN } from '../../playwright.config'
import { gradientPng } from './support/fixtures'

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
  { method: 'GET', path: '/api/asyncapi.json' },
]

/** The answer minus what legitimately differs per request (ids, timings). */
async function answer(request: APIRequestContext, base: string, probe: Probe) {
  const response = await request.fetch(base + probe.path, { method: probe.method, data: probe.body, headers: probe.headers })
  // The OpenAPI and AsyncAPI documents name the deployment they are served by (APP_URL, and its
  // host for the socket server): each mount its own.
  const text = (await response.text()).replaceAll(base, 'APP_URL').replaceAll(new URL(base).host, 'APP_HOST')
  const body = JSON.parse(text) as Record<string, unknown>
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
    // Every answer is an envelope whose status agrees with HTTP's; the two documents are the exceptions.
    if (probe.path === '/api/openapi.json') expect(direct.body).toMatchObject({ openapi: '3.1.0', servers: [{ url: 'APP_URL' }] })
    else if (probe.path === '/api/asyncapi.json')
      expect(direct.body).toMatchObject({ asyncapi: '3.0.0', servers: { app: { host: 'APP_HOST', pathname: '/socket.io' } } })
    else expect((direct.body as { status: number }).status).toBe(direct.status)
  })
}

test('an unknown /api path is a JSON 404 envelope, never an HTML page', async ({ request }) => {
  const response = await request.get(`${fastPath}/api/definitely/not/here`)
  expect(response.status()).toBe(404)
  expect(await response.json()).toMatchObject({ status: 404, data: null })
})

// Signed-in requests, through both mounts. Each mount has its own database (both seeded with the same
// first admin) and its own cookie jar (cookies ignore ports, and ids differ between the databases).
// Answers are compared after ids, timestamps, request ids and each mount's own origin are masked.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

function masked(value: unknown, base: string): unknown {
  if (typeof value === 'string') return TIMESTAMP.test(value) ? '<time>' : value.replaceAll(base, '<origin>').replace(UUID, '<id>')
  if (Array.isArray(value)) return value.map((item) => masked(item, base))
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'request_id')
        .map(([key, item]) => [key, masked(item, base)]),
    )
  return value
}

async function comparable(response: APIResponse, base: string) {
  const headers = response.headers()
  return {
    status: response.status(),
    body: masked(await response.json(), base),
    contentType: headers['content-type'],
    cacheControl: headers['cache-control'],
    nosniff: headers['x-content-type-options'],
    hasRequestId: /^[\w-]{8,}$/.test(headers['x-request-id'] ?? ''),
    rateLimitPolicy: headers['ratelimit-policy'],
  }
}

interface Mount {
  base: string
  /** No cookies; requests carry `authorization: Bearer …`. */
  bearer: APIRequestContext
  bearerHeaders: { authorization: string }
  /** Signed in to the dashboard (NextAuth's session cookie), no bearer token. */
  dashboard: APIRequestContext
}

async function openMount(base: string): Promise<Mount> {
  const bearer = await requests.newContext({ baseURL: base })
  const login = await bearer.post('/api/auth/login', { data: { email: ADMIN.email, password: ADMIN.password } })
  expect(login.status(), `bearer sign-in through ${base}`).toBe(200)
  const { access_token } = ((await login.json()) as { data: { access_token: string } }).data

  const dashboard = await requests.newContext({ baseURL: base })
  const { csrfToken } = (await (await dashboard.get('/api/session/csrf')).json()) as { csrfToken: string }
  const signIn = await dashboard.post('/api/session/callback/credentials', { form: { csrfToken, email: ADMIN.email, password: ADMIN.password, json: 'true' } })
  expect(signIn.ok(), `dashboard sign-in through ${base}`).toBe(true)
  expect((await dashboard.storageState()).cookies.some((cookie) => cookie.name.endsWith('next-auth.session-token'))).toBe(true)
  return { base, bearer, bearerHeaders: { authorization: `Bearer ${access_token}` }, dashboard }
}

test.describe('signed-in requests answer the same through both mounts', () => {
  // In order: the cookie tests list the company the multipart test created.
  test.describe.configure({ mode: 'serial' })
  let mounts: Mount[] = []
  // Company names are unique: one per run, the same on both mounts' databases.
  const company = `Mount Check ${Date.now().toString(36)}`

  test.beforeAll(async () => {
    mounts = [await openMount(fastPath), await openMount(nextMount)]
  })
  test.afterAll(async () => {
    for (const mount of mounts) await Promise.all([mount.bearer.dispose(), mount.dashboard.dispose()])
  })

  /** The same request on both mounts; returns the direct mount's answer after asserting the Next one equals it. */
  async function same(send: (mount: Mount) => Promise<APIResponse>) {
    const [direct, throughNext] = [await comparable(await send(mounts[0]!), fastPath), await comparable(await send(mounts[1]!), nextMount)]
    expect(throughNext).toEqual(direct)
    expect(direct.nosniff).toBe('nosniff')
    expect(direct.hasRequestId).toBe(true)
    expect(direct.contentType).toContain('application/json')
    expect((direct.body as { status: number }).status).toBe(direct.status)
    return direct
  }

  test('bearer: GET /api/user/profile', async () => {
    const answer = await same((mount) => mount.bearer.get('/api/user/profile', { headers: mount.bearerHeaders }))
    expect(answer).toMatchObject({ status: 200, body: { data: { email: ADMIN.email, role: 'admin' } } })
  })

  test('bearer: GET a list (/api/auth/all-users-data, the admin only)', async () => {
    const answer = await same((mount) =>
      mount.bearer.get('/api/auth/all-users-data', { headers: mount.bearerHeaders, params: { q: ADMIN.email, page_size: 5 } }),
    )
    expect(answer).toMatchObject({ status: 200, body: { data: { total: 1, page: 1, page_size: 5, items: [{ email: ADMIN.email }] } } })
  })

  test('bearer: a wrong token and a missing one are the same 401', async () => {
    await same((mount) => mount.bearer.get('/api/user/profile', { headers: { authorization: 'Bearer not-a-token' } }))
    const answer = await same((mount) => mount.bearer.get('/api/user/profile'))
    expect(answer.status).toBe(401)
  })

  test('multipart: POST /api/company/create-company with a PNG logo, then find it in the list', async () => {
    const created = await same((mount) =>
      mount.bearer.post('/api/company/create-company', {
        headers: mount.bearerHeaders,
        multipart: { name: company, location: 'Hall M', image: { name: 'logo.png', mimeType: 'image/png', buffer: gradientPng(16) } },
      }),
    )
    expect(created).toMatchObject({ status: 201, body: { data: { name: company, location: 'Hall M', image_url: expect.any(String), owner_id: '<id>' } } })
    expect(created.rateLimitPolicy).toBeDefined()

    const listed = await same((mount) => mount.bearer.get('/api/company/get-details-companies', { headers: mount.bearerHeaders, params: { q: company } }))
    expect(listed).toMatchObject({ status: 200, body: { data: { total: 1, items: [{ name: company }] } } })
  })

  test('multipart: a logo that is not an image is refused alike', async () => {
    const refused = await same((mount) =>
      mount.bearer.post('/api/company/create-company', {
        headers: mount.bearerHeaders,
        multipart: { name: `${company} bad logo`, image: { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not a png at all') } },
      }),
    )
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
  })

  test('dashboard cookie: GET /api/user/profile and a list', async () => {
    const profile = await same((mount) => mount.dashboard.get('/api/user/profile'))
    expect(profile).toMatchObject({ status: 200, body: { data: { email: ADMIN.email } } })
    const listed = await same((mount) => mount.dashboard.get('/api/company/get-details-companies', { params: { q: company } }))
    expect(listed).toMatchObject({ status: 200, body: { data: { total: 1 } } })
  })

  test('dashboard cookie: a cross-site state change is refused alike', async () => {
    const refused = await same((mount) =>
      mount.dashboard.post('/api/company/create-company', { headers: { origin: 'https://elsewhere.example' }, multipart: { name: `${company} cross-site` } }),
    )
    expect(refused.status).toBe(403)
  })
})
