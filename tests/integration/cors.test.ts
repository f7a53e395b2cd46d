import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { resetConfig } from '@/lib/config'
import { settleAfterResponse } from '@/lib/services/auth/after-response'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'
import { dashboardCookie } from '../helpers/dashboard-cookie'

/*
 * Browsers on the origins of CORS_ORIGINS may call the API with bearer tokens: preflights from them
 * answer 204, their answers (error envelopes included) name them in Access-Control-Allow-Origin and
 * expose the headers a client reads; never Access-Control-Allow-Credentials, and the dashboard
 * cookie is never accepted from another origin. Unset: no CORS header at all.
 */
const ALLOWED = 'https://app.example.com'
const ALSO_ALLOWED = 'http://localhost:5173'
const FOREIGN = 'https://evil.example'
const EXPOSED = ['X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'Idempotent-Replayed', 'WWW-Authenticate']

const preflight = (path: string, origin: string, method = 'POST', headers = 'authorization, content-type, idempotency-key') =>
  api().request(
    new Request(`http://localhost:3000${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
    }),
  )

const accessControlHeaders = (headers: Headers) => [...headers.keys()].filter((name) => name.startsWith('access-control-'))
const list = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase())

function useCorsOrigins(value: string | undefined) {
  beforeAll(() => {
    if (value === undefined) delete process.env.CORS_ORIGINS
    else process.env.CORS_ORIGINS = value
    resetConfig()
  })
  afterAll(async () => {
    await settleAfterResponse()
    delete process.env.CORS_ORIGINS
    resetConfig()
  })
}

describe('with CORS_ORIGINS set', () => {
  useCorsOrigins(`${ALLOWED}, ${ALSO_ALLOWED}`)

  it('answers a preflight from an allowed origin with 204, the methods, headers and a max age, never credentials', async () => {
    for (const origin of [ALLOWED, ALSO_ALLOWED]) {
      const response = await preflight('/api/company/create-company', origin)
      expect(response.status).toBe(204)
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
      expect(list(response.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post', 'put', 'patch', 'delete']))
      expect(list(response.headers.get('access-control-allow-headers'))).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'x-request-id']),
      )
      expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0)
      expect(list(response.headers.get('vary'))).toContain('origin')
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
      expect(await response.text()).toBe('')
    }
  })

  it('answers a preflight to any /api path, a route that does not exist included', async () => {
    for (const [path, method] of [
      ['/api/user/profile', 'GET'],
      ['/api/tradebooth/status?id=x', 'PATCH'],
      ['/api/no/such/route', 'DELETE'],
    ] as const) {
      const response = await preflight(path, ALLOWED, method, 'authorization')
      expect([path, response.status, response.headers.get('access-control-allow-origin')]).toEqual([path, 204, ALLOWED])
    }
  })

  it('gives an allowed origin its answer with Allow-Origin, Vary and the exposed headers', async () => {
    const { bearer } = await createUser()
    const answer = await send(api(), 'GET', '/api/user/profile', { headers: { ...bearer, origin: ALLOWED } })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(list(answer.headers.get('vary'))).toContain('origin')
    expect(list(answer.headers.get('access-control-expose-headers'))).toEqual(expect.arrayContaining(EXPOSED.map((name) => name.toLowerCase())))
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('puts the same headers on error envelopes: 400, 401, 404, 405, 413, 415', async () => {
    const { bearer } = await createUser()
    const attempts: Array<[number, Promise<Awaited<ReturnType<typeof send>>>]> = [
      [400, send(api(), 'POST', '/api/auth/login', { headers: { origin: ALLOWED, 'content-type': 'application/json' }, body: '{"email":' })],
      [401, send(api(), 'GET', '/api/user/profile', { headers: { origin: ALLOWED } })],
      [404, send(api(), 'GET', '/api/no/such/route', { headers: { origin: ALLOWED } })],
      [405, send(api(), 'DELETE', '/api/health', { headers: { origin: ALLOWED } })],
      [
        413,
        send(api(), 'POST', '/api/auth/login', {
          headers: { origin: ALLOWED, 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'x'.repeat(1100 * 1024) }),
        }),
      ],
      [415, send(api(), 'POST', '/api/auth/login', { headers: { origin: ALLOWED, 'content-type': 'text/plain' }, body: 'x' })],
      [400, send(api(), 'GET', '/api/company/get-single-details-company?id=not-an-id', { headers: { ...bearer, origin: ALLOWED } })],
    ]
    for (const [status, pending] of attempts) {
      const answer = await pending
      expect(answer.status).toBe(status)
      expect(answer.body).toMatchObject({ status, data: null })
      expect([status, answer.headers.get('access-control-allow-origin')]).toEqual([status, ALLOWED])
      expect(list(answer.headers.get('access-control-expose-headers'))).toContain('x-request-id')
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull()
    }
    // A 401's WWW-Authenticate and a 429's Retry-After are readable by the page that got them.
    const unauthenticated = await send(api(), 'GET', '/api/user/profile', { headers: { origin: ALLOWED } })
    expect(unauthenticated.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('exposes Retry-After and RateLimit on a 429', async () => {
    // One code per email and purpose per minute: the second request is over the limit.
    const json = { email: `cors-limit-${Date.now()}@example.com`, purpose: 'login' }
    expect((await send(api(), 'POST', '/api/auth/send-otp', { headers: { origin: ALLOWED }, json })).status).toBe(200)
    const answer = await send(api(), 'POST', '/api/auth/send-otp', { headers: { origin: ALLOWED }, json })
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(answer.headers.get('ratelimit')).toMatch(/^limit=1, remaining=0/)
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(list(answer.headers.get('access-control-expose-headers'))).toEqual(expect.arrayContaining(['retry-after', 'ratelimit', 'ratelimit-policy']))
  })

  it('gives a foreign origin no CORS header, and its preflight the usual 405 with no allow headers', async () => {
    const { bearer } = await createUser()
    const answer = await send(api(), 'GET', '/api/user/profile', { headers: { ...bearer, origin: FOREIGN } })
    // Without CORS headers the browser keeps the answer from the foreign page.
    expect(answer.status).toBe(200)
    expect(accessControlHeaders(answer.headers)).toEqual([])
    expect(list(answer.headers.get('vary'))).toContain('origin')

    const refused = await preflight('/api/company/create-company', FOREIGN)
    expect(refused.status).toBe(405)
    expect(accessControlHeaders(refused.headers)).toEqual([])
    expect(await refused.json()).toMatchObject({ status: 405, data: null })
    // An origin that differs only by scheme, port or a trailing slash is another origin.
    for (const near of ['http://app.example.com', 'https://app.example.com:8443', 'https://app.example.com/', 'https://APP.example.com', 'null']) {
      const response = await preflight('/api/user/profile', near, 'GET')
      expect([near, response.status, response.headers.get('access-control-allow-origin')]).toEqual([near, 405, null])
    }
  })

  it('keeps a plain OPTIONS (no Access-Control-Request-Method) as it was: 405 with Allow', async () => {
    const response = await api().request(new Request('http://localhost:3000/api/health', { method: 'OPTIONS', headers: { origin: ALLOWED } }))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    const anonymous = await api().request(new Request('http://localhost:3000/api/health', { method: 'OPTIONS' }))
    expect(anonymous.status).toBe(405)
  })

  it('answers a same-origin request (no Origin) without Allow-Origin but with Vary: Origin', async () => {
    const answer = await send(api(), 'GET', '/api/health')
    expect(answer.headers.get('access-control-allow-origin')).toBeNull()
    expect(list(answer.headers.get('vary'))).toContain('origin')
  })

  it('answers the same through the Next mount (app/api), which serves the same app', async () => {
    const nextMount = await import('@/app/api/[[...route]]/route')
    const response = await nextMount.OPTIONS(
      new Request('http://localhost:3000/api/company/create-company', {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      }),
    )
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([204, ALLOWED])
    const answer = await send(nextMount.GET, 'GET', '/api/user/profile', { headers: { origin: ALLOWED } })
    expect([answer.status, answer.headers.get('access-control-allow-origin')]).toEqual([401, ALLOWED])
    const foreign = await send(nextMount.GET, 'GET', '/api/user/profile', { headers: { origin: FOREIGN } })
    expect(accessControlHeaders(foreign.headers)).toEqual([])
  })

  it('never takes the dashboard cookie from another origin, allowed or not: bearer only', async () => {
    const { user, bearer } = await createUser()
    const { cookie } = await dashboardCookie(user)
    // Our own pages: the cookie works.
    expect((await send(api(), 'GET', '/api/user/profile', { headers: { cookie } })).status).toBe(200)
    expect((await send(api(), 'GET', '/api/user/profile', { headers: { cookie, origin: 'http://localhost:3000' } })).status).toBe(200)
    for (const origin of [ALLOWED, FOREIGN, 'null']) {
      for (const method of ['GET', 'PATCH'] as const) {
        const answer = await send(api(), method, method === 'GET' ? '/api/user/profile' : '/api/user/edit-user', { headers: { cookie, origin } })
        expect([origin, method, answer.status]).toEqual([origin, method, 403])
        expect(answer.body).toMatchObject({ status: 403, message: 'Cross-site request refused', data: null })
      }
    }
    // The same caller with a bearer token (the cookie riding along too) is served.
    const withBearer = await send(api(), 'GET', '/api/user/profile', { headers: { ...bearer, cookie, origin: ALLOWED } })
    expect(withBearer.status).toBe(200)
    expect(withBearer.headers.get('access-control-allow-origin')).toBe(ALLOWED)
  })
})

describe('with CORS_ORIGINS unset', () => {
  useCorsOrigins(undefined)

  it('sends no CORS header at all, and a preflight gets the usual 405', async () => {
    const answer = await send(api(), 'GET', '/api/health', { headers: { origin: ALLOWED } })
    expect(accessControlHeaders(answer.headers)).toEqual([])
    expect(answer.headers.get('vary')).toBeNull()
    const response = await preflight('/api/company/create-company', ALLOWED)
    expect(response.status).toBe(405)
    expect(accessControlHeaders(response.headers)).toEqual([])
  })
})
