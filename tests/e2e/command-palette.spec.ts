import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support/session'

// The command palette (⌘K / Ctrl+K): records found by name on the server, commands by their words,
// everything by keyboard.
test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })
test.beforeEach(async ({ page }) => signIn(page))

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' })

/** The shortcut (or a click) does nothing until the page has hydrated: try until the palette shows. */
async function openPalette(page: Page, how: 'keys' | 'button' = 'keys') {
  await expect(async () => {
    if (how === 'keys') await page.keyboard.press('Control+k')
    else await page.getByRole('button', { name: /Search/ }).click()
    await expect(palette(page)).toBeVisible({ timeout: 1_000 })
  }).toPass()
}

test('Ctrl+K finds a company by part of its name and Enter opens its page', async ({ page }) => {
  await page.goto('/booths')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  await openPalette(page)
  await expect(page.getByRole('combobox', { name: 'Search or type a command' })).toBeFocused()
  await page.keyboard.type('kestrel')

  const hit = palette(page)
    .getByRole('option', { name: /Kestrel Analytics/ })
    .first()
  await expect(hit).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/command-palette-light.png' })
  // Companies come before booths: the first option is the company itself.
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Analytics' })).toBeVisible()
  await expect(palette(page)).toBeHidden()
  // The top bar's trail ends with the record's name, its section a link back to the list.
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' })
  await expect(trail.locator('[aria-current="page"]')).toHaveText('Kestrel Analytics')
  await trail.getByRole('link', { name: 'Companies' }).click()
  await expect(page).toHaveURL(/\/companies$/)
  await expect(trail.locator('[aria-current="page"]')).toHaveText('Companies')
})

test('finds booths and rooms, moves with the arrow keys, and says when nothing matches', async ({ page }) => {
  await page.goto('/')
  await openPalette(page, 'button')
  await page.keyboard.type('Lumen')
  await expect(palette(page).getByRole('group', { name: 'Booths' }).getByRole('option').first()).toContainText('Lumen Health')
  await expect(palette(page).getByRole('group', { name: 'Rooms' }).getByRole('option').first()).toBeVisible()

  // Down past the company moves the selection to the first booth.
  await page.keyboard.press('ArrowDown')
  const selected = palette(page).locator('[cmdk-item][data-selected="true"]')
  await expect(selected).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/booths\/[0-9a-f-]{36}$/)

  await page.keyboard.press('Control+k')
  await page.keyboard.type('zzqx-nothing-like-this')
  await expect(palette(page).getByText('Nothing found for “zzqx-nothing-like-this”.')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(palette(page)).toBeHidden()
})

test('runs commands: new booth, the review queue, and the theme toggle', async ({ page }) => {
  await page.goto('/')
  await openPalette(page)
  await page.keyboard.type('new booth')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/booths\/new$/)

  await page.keyboard.press('Control+k')
  await page.keyboard.type('review')
  await palette(page).getByRole('option', { name: 'Review queue' }).click()
  await expect(page).toHaveURL(/\/review$/)

  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
  await page.keyboard.press('Control+k')
  await page.keyboard.type('dark')
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await page.keyboard.press('Control+k')
  await page.keyboard.type('kestrel')
  await expect(
    palette(page)
      .getByRole('option', { name: /Kestrel Analytics/ })
      .first(),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/command-palette-dark.png' })
})

test('on a phone the search button opens it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await openPalette(page, 'button')
  await page.keyboard.type('harbor')
  await expect(
    palette(page)
      .getByRole('option', { name: /Blue Harbor Foods/ })
      .first(),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/command-palette-mobile.png' })
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
})
