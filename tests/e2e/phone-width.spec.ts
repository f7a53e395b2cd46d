import { expect, test } from '@playwright/test'
import { signIn } from './support/session'

// On a 390 px phone no dashboard page scrolls sideways: wide tables scroll inside their own frame,
// everything else wraps.
test.use({ viewport: { width: 390, height: 844 } })

const PAGES = [
  '/',
  '/users',
  '/companies',
  '/companies/new',
  '/booths',
  '/booths/new',
  '/review',
  '/calendar',
  '/rooms',
  '/audit',
  '/profile',
  '/api-docs',
  '/no-such-page',
]

test('no page is wider than the phone', async ({ page }) => {
  await signIn(page)
  // A record page of each kind, found through the lists' first links.
  await page.goto('/booths')
  const booth = await page.getByRole('link', { name: /—/ }).first().getAttribute('href')
  await page.goto('/companies')
  const company = await page.locator('a[href^="/companies/0"]').first().getAttribute('href')
  await page.goto('/rooms')
  const room = await page.locator('a[href^="/rooms/0"]').first().getAttribute('href')
  const wider: string[] = []
  for (const path of [...PAGES, booth, company, room]) {
    expect(path, 'a record link was found').toBeTruthy()
    await page.goto(path!)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
    if (scrollWidth > innerWidth) wider.push(`${path}: ${scrollWidth} px`)
  }
  expect(wider).toEqual([])
})
