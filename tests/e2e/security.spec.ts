import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { ADMIN } from '../../playwright.config'
import { logIn, type ApiUser } from './support/api-client'
import { signIn } from './support/session'

// The dashboard against a hostile web: redirects that try to leave our origin, cross-site requests
// carrying the session cookie, and the pages' Content-Security-Policy (lib/auth/safe-redirect.ts,
// lib/http/cross-site.ts, proxy.ts).

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })

const isEvil = (url: URL) => url.hostname === 'evil.example' || url.hostname.endsWith('.evil.example')

/** Any request to the attacker's host is answered here (and recorded), so nothing leaves the machine. */
async function trapEvilHost(page: Page): Promise<string[]> {
  const hits: string[] = []
  await page.context().route(isEvil, async (route) => {
    hits.push(route.request().url())
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>evil</h1>' })
  })
  return hits
}

// As typed into the address bar: the query value is decoded once by the server (%09 → tab).
const ATTACKS = [
  '/%09/evil.example',
  '/%0A/evil.example',
  '/%0D/evil.example',
  '/%0D%0A/evil.example',
  '//evil.example',
  '//evil.example/users',
  '/%5Cevil.example',
  '/%5C/evil.example',
  '/.//evil.example',
  'https://evil.example',
  'https:%2F%2Fevil.example',
  'javascript:alert(document.domain)',
  'javascript%3Aalert(1)',
  'data:text/html,%3Cscript%3Ealert(1)%3C/script%3E',
]

test.describe('redirects stay on our origin', () => {
  test('a signed-in admin visiting /sign-in?callbackUrl=<attack> lands on the overview', async ({ page, baseURL }) => {
    test.slow() // a dozen full page loads: 26 s on a loaded 2-core machine, over the default 30 s budget at times
    const hits = await trapEvilHost(page)
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await signIn(page)
    for (const attack of ATTACKS) {
      await page.goto(`/sign-in?callbackUrl=${attack}`)
      expect(new URL(page.url()).origin, attack).toBe(new URL(baseURL!).origin)
      expect(new URL(page.url()).pathname, attack).toBe('/')
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    }
    // A same-origin target still works.
    await page.goto('/sign-in?callbackUrl=%2Fusers%3Frole%3Dstaff')
    await expect(page).toHaveURL(/\/users\?role=staff$/)
    expect(hits).toEqual([])
    expect(dialogs).toEqual([])
  })

  test('the sign-in form, after signing in, goes to our origin whatever callbackUrl said', async ({ page, baseURL }) => {
    const hits = await trapEvilHost(page)
    for (const attack of ['/%09/evil.example', '//evil.example', 'https://evil.example']) {
      await page.context().clearCookies()
      await page.goto(`/sign-in?callbackUrl=${attack}`)
      await page.getByLabel('Email').fill(ADMIN.email)
      await page.getByLabel('Password').fill(ADMIN.password)
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
      expect(page.url(), attack).toBe(`${new URL(baseURL!).origin}/`)
    }
    expect(hits).toEqual([])
  })

  test("NextAuth's own redirect after sign-in is kept on APP_URL", async ({ page, baseURL }) => {
    const { csrfToken } = (await (await page.request.get('/api/session/csrf')).json()) as { csrfToken: string }
    for (const callbackUrl of ['https://evil.example/steal', '/\t/evil.example', '//evil.example']) {
      const response = await page.request.post('/api/session/callback/credentials', {
        form: { csrfToken, email: ADMIN.email, password: ADMIN.password, callbackUrl, json: 'true' },
      })
      expect(response.ok()).toBe(true)
      const { url } = (await response.json()) as { url: string }
      expect(new URL(url).origin, callbackUrl).toBe(new URL(baseURL!).origin)
    }
  })

  test("the proxy's redirect to sign-in never carries a foreign callbackUrl", async ({ request, baseURL }) => {
    for (const path of ['//evil.example/', '/.//evil.example', '/users?role=staff']) {
      // Absolute, so that the client does not read `//evil.example` as a host itself.
      const origin = new URL(baseURL!).origin
      let response = await request.get(`${origin}${path}`, { maxRedirects: 0 })
      // Next first normalises the path (308s: repeated slashes, then the trailing one), always to a path of ours.
      for (let hops = 0; response.status() === 308 && hops < 3; hops++) {
        const collapsed = new URL(response.headers().location!, origin)
        expect(collapsed.origin, path).toBe(origin)
        response = await request.get(collapsed.href, { maxRedirects: 0 })
      }
      expect(response.status(), path).toBe(307)
      const location = new URL(response.headers().location!, origin)
      expect(location.origin).toBe(origin)
      expect(location.pathname).toBe('/sign-in')
      const callbackUrl = location.searchParams.get('callbackUrl')
      if (callbackUrl !== null) expect(new URL(callbackUrl, origin).origin, path).toBe(origin)
      if (path === '/users?role=staff') expect(callbackUrl).toBe('/users?role=staff')
    }
  })
})

test.describe('cross-site requests with the session cookie are refused', () => {
  /** Creates a room through the real form and keeps the server action request the browser sent. */
  async function captureCreateRoomAction(page: Page) {
    await page.goto('/rooms')
    const name = `Action room ${Date.now().toString(36)}`
    await page.getByRole('button', { name: 'Create room' }).click()
    await page.getByLabel('Name').fill(name)
    const [request] = await Promise.all([
      page.waitForRequest((sent) => sent.method() === 'POST' && !!sent.headers()['next-action']),
      page.getByRole('dialog').getByRole('button', { name: 'Create room' }).click(),
    ])
    await expect(page.getByText(`Room “${name}” created.`)).toBeVisible()
    const headers = await request.allHeaders()
    const keep = ['next-action', 'next-router-state-tree', 'content-type', 'accept']
    return {
      name,
      url: request.url(),
      body: request.postData()!,
      headers: Object.fromEntries(Object.entries(headers).filter(([key]) => keep.includes(key))),
    }
  }

  async function roomsNamed(request: APIRequestContext, admin: ApiUser, name: string): Promise<number> {
    const response = await request.get('/api/rooms', { headers: admin.headers, params: { q: name } })
    return ((await response.json()) as { data: { total: number } }).data.total
  }

  test('a server action posted from another site is refused with 403 and runs nothing', async ({ page, request, baseURL }) => {
    await signIn(page)
    const admin = await logIn(request, ADMIN.email, ADMIN.password)
    const action = await captureCreateRoomAction(page)
    const origin = new URL(baseURL!).origin

    const attempts: Array<[string, Record<string, string>]> = [
      ['no Origin, Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
      ['a foreign Origin', { origin: 'https://evil.example' }],
      ['a foreign Origin, cross-site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
      ['Origin: null', { origin: 'null' }],
      ['a sibling host (same-site)', { origin: 'https://other.127.0.0.1.example', 'sec-fetch-site': 'same-site' }],
      ['same-site without Origin', { 'sec-fetch-site': 'same-site' }],
    ]
    for (const [what, headers] of attempts) {
      const name = `${action.name} ${what}`
      const response = await page.request.post(action.url, { headers: { ...action.headers, ...headers }, data: action.body.replace(action.name, name) })
      expect(response.status(), what).toBe(403)
      expect(response.headers()['content-type']).toContain('text/html')
      expect(await response.text()).toContain('This request came from another site, so it was not carried out.')
      expect(await roomsNamed(request, admin, name), what).toBe(0)
    }

    // The same replay from our own origin runs: the refusals above are about the origin alone.
    const ours = `${action.name} same-origin`
    const accepted = await page.request.post(action.url, {
      headers: { ...action.headers, origin, 'sec-fetch-site': 'same-origin' },
      data: action.body.replace(action.name, ours),
    })
    expect(accepted.status()).toBe(200)
    expect(await roomsNamed(request, admin, ours)).toBe(1)
  })

  test('a plain cross-site form post to a page is refused with the same page', async ({ page }) => {
    await signIn(page)
    const response = await page.request.post('/users', { headers: { 'sec-fetch-site': 'cross-site' }, form: { anything: '1' } })
    expect(response.status()).toBe(403)
    expect(await response.text()).toContain('Request refused')
  })

  test('the API refuses a cookie-authenticated cross-site write with a 403 envelope', async ({ page, request }) => {
    await signIn(page)
    const admin = await logIn(request, ADMIN.email, ADMIN.password)
    const name = `Cookie room ${Date.now().toString(36)}`
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-site' },
    ]
    for (const headers of attempts) {
      const response = await page.request.post('/api/rooms', { headers, data: { name } })
      expect(response.status(), JSON.stringify(headers)).toBe(403)
      expect(await response.json()).toMatchObject({ status: 403, message: 'Cross-site request refused', data: null })
    }
    expect(await roomsNamed(request, admin, name)).toBe(0)
  })

  test('GET /api/leave-room answers the cookie only from our own pages; a bearer token from anywhere', async ({ page, request }) => {
    await signIn(page)
    const admin = await logIn(request, ADMIN.email, ADMIN.password)
    const created = await request.post('/api/rooms', { headers: admin.headers, data: { name: `Leave room ${Date.now().toString(36)}` } })
    expect(created.status()).toBe(201)
    const room = ((await created.json()) as { data: { id: string } }).data.id
    const leave = (headers: Record<string, string>, via: APIRequestContext = page.request) => via.get('/api/leave-room', { params: { room }, headers })

    const refusedHeaders: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, {}]
    for (const headers of refusedHeaders) {
      const refused = await leave(headers)
      expect(refused.status(), JSON.stringify(headers)).toBe(403)
      expect(await refused.json()).toMatchObject({ status: 403, message: 'Cross-site request refused', data: null })
    }
    expect((await leave({ 'sec-fetch-site': 'same-origin' })).status()).toBe(200)
    // A bearer token is never sent by a browser on its own: no origin needed.
    expect((await leave({ ...admin.headers, 'sec-fetch-site': 'cross-site' }, request)).status()).toBe(200)
  })
})

test.describe('Content-Security-Policy', () => {
  /** Fixtures for the pages with an id: a company with a booth, and a room. */
  async function records(request: APIRequestContext) {
    const admin = await logIn(request, ADMIN.email, ADMIN.password)
    const suffix = Date.now().toString(36)
    const company = await request.post('/api/company/create-company', { headers: admin.headers, multipart: { name: `CSP Ltd ${suffix}` } })
    expect(company.status()).toBe(201)
    const companyId = ((await company.json()) as { data: { id: string } }).data.id
    const booth = await request.post('/api/tradebooth/create-tradebooth', {
      headers: admin.headers,
      multipart: {
        company_id: companyId,
        title: `CSP booth ${suffix}`,
        date: '2027-03-20',
        start_time: '10:00',
        end_time: '11:00',
        location: 'Hall C',
        description: 'Policy check',
      },
    })
    expect(booth.status()).toBe(201)
    const boothId = ((await booth.json()) as { data: { id: string } }).data.id
    const room = await request.post('/api/rooms', { headers: admin.headers, data: { name: `CSP room ${suffix}` } })
    expect(room.status()).toBe(201)
    const roomId = ((await room.json()) as { data: { id: string } }).data.id
    return { companyId, boothId, roomId }
  }

  /** Reports every CSP violation and console error of the page into arrays the test reads. */
  async function watch(page: Page) {
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`))
    })
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
    return consoleErrors
  }

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)

  for (const scheme of ['light', 'dark'] as const) {
    test(`every dashboard page renders under the policy, ${scheme} theme, with no violation`, async ({ page, request }) => {
      test.setTimeout(120_000)
      const { companyId, boothId, roomId } = await records(request)
      const pages: Array<[string, string | RegExp]> = [
        ['/', 'Overview'],
        ['/users', 'Users'],
        ['/companies', 'Companies'],
        ['/companies/new', /company/i],
        [`/companies/${companyId}`, /CSP Ltd/],
        [`/companies/${companyId}/edit`, /CSP Ltd|company/i],
        ['/booths', 'Trade booths'],
        ['/booths/new', /booth/i],
        [`/booths/${boothId}`, /CSP booth/],
        [`/booths/${boothId}/edit`, /CSP booth|booth/i],
        ['/review', 'Review queue'],
        ['/calendar', 'Calendar'],
        ['/trash', 'Trash'],
        ['/rooms', 'Rooms'],
        [`/rooms/${roomId}`, /CSP room/],
        ['/audit', 'Audit log'],
        ['/api-docs', 'API reference'],
        ['/profile', /profile/i],
      ]
      const consoleErrors = await watch(page)
      await page.emulateMedia({ colorScheme: scheme })
      await signIn(page)
      const nonces = new Set<string>()
      for (const [path, heading] of pages) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        const policies = (await response!.headersArray()).filter(({ name }) => name.toLowerCase() === 'content-security-policy')
        expect(policies, path).toHaveLength(1)
        const policy = policies[0]!.value
        expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/)
        expect(policy).toContain("object-src 'none'")
        expect(policy).toContain("base-uri 'none'")
        expect(policy).toContain("frame-ancestors 'none'")
        expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
        nonces.add(/'nonce-([^']+)'/.exec(policy)![1]!)

        await expect(page.getByRole('heading', { level: 1, name: heading }).first(), path).toBeVisible()
        // Next's scripts ran (the page hydrated), and next-themes applied the scheme.
        await expect
          .poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), { message: path })
          .toBe('string')
        if (scheme === 'dark') await expect(page.locator('html'), path).toHaveClass(/\bdark\b/)
        else await expect(page.locator('html'), path).not.toHaveClass(/\bdark\b/)
        if (path === '/') await expect(page.locator('.recharts-surface')).toHaveCount(2)
        if (path === '/api-docs') {
          const sidebar = page.getByRole('complementary', { name: /Sidebar for VI Cross API/ })
          await expect(sidebar.getByRole('link', { name: 'Trade booths' })).toBeVisible({ timeout: 15_000 })
        }
        // Every inline script carries the nonce (next-themes' and Next's own; the browser hides the attribute, not the property).
        const unnonced = await page.evaluate(() =>
          [...document.scripts].filter((script) => !script.src && !script.nonce).map((script) => script.text.slice(0, 80)),
        )
        expect(unnonced, path).toEqual([])
        expect(await violations(page), path).toEqual([])
      }
      expect(nonces.size).toBe(pages.length) // a fresh nonce for every page
      expect(consoleErrors).toEqual([])
    })
  }

  test('the signed-out pages carry the policy too, and render with no violation', async ({ page }) => {
    const consoleErrors = await watch(page)
    for (const [path, text] of [
      ['/sign-in', 'Sign in to VI Cross'],
      ['/forgot-password', /password/i],
    ] as const) {
      const response = await page.goto(path)
      expect(response?.headers()['content-security-policy'], path).toMatch(
        /script-src 'self' 'nonce-[^']+' 'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'/,
      )
      await expect(page.getByText(text).first(), path).toBeVisible()
      await expect
        .poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), { message: path })
        .toBe('string')
      expect(await violations(page), path).toEqual([])
    }
    expect(consoleErrors).toEqual([])
  })
})
