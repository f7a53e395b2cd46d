import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support/session'

// The dashboard shell, signed in as the admin: navigation, headings, theme switching, mobile menu.
test.beforeEach(async ({ page }) => signIn(page))

const navLinks = ['Overview', 'Users', 'Companies', 'Trade booths', 'Review queue', 'Calendar', 'Rooms', 'Audit log', 'API reference']

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

test.describe('desktop', () => {
  // A fixed light scheme, so that "system" renders light until the test picks dark.
  test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })

  test('shows every section in the navigation and the overview heading', async ({ page }) => {
    await page.goto('/')

    const nav = mainNav(page)
    for (const name of navLinks) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
    }
    await expect(nav.getByRole('link', { name: 'Overview', exact: true })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  })

  test('navigates to Users through the sidebar', async ({ page }) => {
    await page.goto('/')

    await mainNav(page).getByRole('link', { name: 'Users', exact: true }).click()

    await expect(page).toHaveURL(/\/users$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
    await expect(mainNav(page).getByRole('link', { name: 'Users', exact: true })).toHaveAttribute('aria-current', 'page')
  })

  test('switches to dark mode from the theme menu', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
    await page.screenshot({ path: 'test-results/screenshots/shell-light.png', fullPage: true })

    await page.getByRole('button', { name: 'Change theme' }).click()
    await page.getByRole('menuitemradio', { name: 'Dark' }).click()

    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    await expect(page.getByRole('menu')).toBeHidden()
    // The menu hands focus back to its button; drop it so the screenshot shows no focus ring.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.screenshot({ path: 'test-results/screenshots/shell-dark.png', fullPage: true })
  })
})

test.describe('mobile', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('opens the navigation from the menu button', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    // The desktop sidebar is hidden on narrow screens.
    await expect(mainNav(page)).toBeHidden()

    await page.getByRole('button', { name: 'Open navigation' }).click()

    const dialog = page.getByRole('dialog', { name: 'Navigation' })
    await expect(dialog).toBeVisible()
    const nav = dialog.getByRole('navigation', { name: 'Main' })
    for (const name of navLinks) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
    }

    await nav.getByRole('link', { name: 'Companies', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible()
    await expect(dialog).toBeHidden()
  })
})
