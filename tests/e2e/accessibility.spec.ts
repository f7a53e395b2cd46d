import { expect, test, type Page } from '@playwright/test'
import { sharedUser, USER_PASSWORD } from './support/api-client'
import { expectNoSeriousViolations } from './support/axe'
import { signIn } from './support/session'

// axe-core on every page, in the light and the dark theme: no serious or critical violation.
// The pages are visited as the e2e admin, except those meant for someone else (signed out, a plain user).

test.use({ viewport: { width: 1280, height: 800 } })

type Theme = 'light' | 'dark'

/** next-themes reads its choice from localStorage before the first paint. */
async function useTheme(page: Page, theme: Theme) {
  await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme)
  await page.emulateMedia({ colorScheme: theme })
}

/** The href of the first link in the page's table that leads to one record (`/booths/<id>`). */
async function firstRecord(page: Page, list: string): Promise<string> {
  await page.goto(list)
  const link = page.getByRole('main').locator(`table a[href^="${list}/"]`).first()
  await expect(link).toBeVisible()
  const href = await link.getAttribute('href')
  expect(href).toMatch(new RegExp(`^${list}/[^/]+$`))
  return href!
}

/** `/booths/<uuid>/edit` → `booths-record-edit`; `/` → `overview`. */
const screenshotName = (path: string) =>
  path === '/'
    ? 'overview'
    : path
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, 'record')
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '')

const h1 = (page: Page, name?: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 15_000 })

/** Each page and what shows that it has finished rendering. */
function dashboardPages(records: { company: string; booth: string; room: string }) {
  return [
    { path: '/', ready: (page: Page) => h1(page, 'Overview') },
    { path: '/users', ready: (page: Page) => h1(page, 'Users') },
    { path: '/companies', ready: (page: Page) => h1(page, 'Companies') },
    { path: records.company, ready: (page: Page) => h1(page) },
    { path: `${records.company}/edit`, ready: (page: Page) => h1(page) },
    { path: '/companies/new', ready: (page: Page) => h1(page) },
    { path: '/booths', ready: (page: Page) => h1(page, 'Trade booths') },
    { path: records.booth, ready: (page: Page) => h1(page) },
    { path: `${records.booth}/edit`, ready: (page: Page) => h1(page) },
    { path: '/booths/new', ready: (page: Page) => h1(page) },
    { path: '/review', ready: (page: Page) => h1(page, 'Review queue') },
    { path: '/calendar', ready: (page: Page) => h1(page, 'Calendar') },
    { path: '/calendar?view=week', ready: (page: Page) => h1(page, 'Calendar') },
    { path: '/rooms', ready: (page: Page) => h1(page, 'Rooms') },
    { path: records.room, ready: (page: Page) => h1(page) },
    { path: '/audit', ready: (page: Page) => h1(page, 'Audit log') },
    { path: '/profile', ready: (page: Page) => h1(page, 'Profile') },
    {
      path: '/api-docs',
      ready: async (page: Page) => {
        await h1(page, 'API reference')
        // Scalar renders in the browser after hydration; its sidebar is the last thing laid out.
        await expect(page.getByRole('complementary', { name: /Sidebar for VI Cross API/ }).getByRole('link', { name: 'Trade booths' })).toBeVisible({
          timeout: 20_000,
        })
      },
    },
    { path: '/api-docs?view=live', ready: (page: Page) => h1(page, 'API reference') },
    { path: '/trash', ready: (page: Page) => h1(page, 'Trash') },
    { path: '/no-such-page', ready: (page: Page) => h1(page, 'Page not found') },
  ]
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test('every dashboard page', async ({ page }) => {
      test.setTimeout(180_000)
      await signIn(page)
      await useTheme(page, theme)
      const records = { company: await firstRecord(page, '/companies'), booth: await firstRecord(page, '/booths'), room: await firstRecord(page, '/rooms') }
      for (const { path, ready } of dashboardPages(records)) {
        await test.step(path, async () => {
          await page.goto(path)
          await ready(page)
          await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /\blight\b/)
          await expectNoSeriousViolations(page, `${path} (${theme})`)
          await page.screenshot({ path: `test-results/screenshots/a11y-${theme}-${screenshotName(path)}.png` })
        })
      }
      await test.step('the command palette, open with results', async () => {
        await page.goto('/')
        await h1(page, 'Overview')
        await expect(async () => {
          await page.keyboard.press('Control+k')
          await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible({ timeout: 1_000 })
        }).toPass()
        await page.keyboard.type('north')
        await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toBeVisible()
        await expectNoSeriousViolations(page, `command palette (${theme})`)
      })
    })

    test('the pages outside the dashboard', async ({ page, request }) => {
      await useTheme(page, theme)
      for (const path of ['/sign-in', '/forgot-password']) {
        await page.goto(path)
        await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible()
        await expectNoSeriousViolations(page, `${path} (${theme})`)
      }
      // A signed-in account without the staff role.
      const user = await sharedUser(request, 'Plain Visitor')
      await signIn(page, { email: user.email, password: USER_PASSWORD })
      await page.goto('/no-access')
      await h1(page, 'No access')
      await expectNoSeriousViolations(page, `/no-access (${theme})`)
    })
  })
}
