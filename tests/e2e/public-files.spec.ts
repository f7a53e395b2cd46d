import { expect, test } from '@playwright/test'

// The files in public/ reach anonymous visitors as files (never the sign-in redirect: proxy.ts's
// matcher and the page scheduler let them through), and every page links the icons and manifest.
const ICON_TYPE = /^image\/(x-icon|vnd\.microsoft\.icon)/

test.describe('public files, anonymously', () => {
  test('robots.txt keeps crawlers out of the whole admin', async ({ request }) => {
    const response = await request.get('/robots.txt', { maxRedirects: 0 })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/plain/)
    expect((await response.text()).split('\n')).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /']))
  })

  test('the web manifest is valid JSON and its icons resolve as images', async ({ request }) => {
    const response = await request.get('/manifest.webmanifest', { maxRedirects: 0 })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/(manifest\+)?json/)
    const manifest = JSON.parse(await response.text()) as {
      name: string
      start_url: string
      display: string
      icons: Array<{ src: string; sizes: string; type: string }>
    }
    expect(manifest).toMatchObject({ name: 'VI Cross', start_url: '/', display: 'standalone' })
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of manifest.icons) {
      const image = await request.get(icon.src, { maxRedirects: 0 })
      expect([icon.src, image.status(), image.headers()['content-type']]).toEqual([icon.src, 200, icon.type])
    }
  })

  test('favicon.ico and apple-touch-icon.png are served as images', async ({ request }) => {
    const favicon = await request.get('/favicon.ico', { maxRedirects: 0 })
    expect(favicon.status()).toBe(200)
    expect(favicon.headers()['content-type']).toMatch(ICON_TYPE)
    // An ICO file starts with reserved 0, type 1 (icon).
    expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0])
    const apple = await request.get('/apple-touch-icon.png', { maxRedirects: 0 })
    expect([apple.status(), apple.headers()['content-type']]).toEqual([200, 'image/png'])
  })

  test('the sign-in page links the favicon, the icons and the manifest, and each resolves', async ({ page, request }) => {
    await page.goto('/sign-in')
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
    const links = await page
      .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''))
    expect(links).toEqual(expect.arrayContaining(['/favicon.ico', '/apple-touch-icon.png', '/manifest.webmanifest']))
    for (const href of links) expect([href, (await request.get(href, { maxRedirects: 0 })).status()]).toEqual([href, 200])
  })
})
