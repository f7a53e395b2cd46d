import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support/session'

// Tables remember their columns, and a filter/sort/columns combination can be saved under a name
// and opened again from the sidebar.
test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })
test.beforeEach(async ({ page }) => signIn(page))

const table = (page: Page) => page.getByRole('table', { name: /booths/i })
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Main' })

/** Shows or hides a column through the Columns menu, retried until the table says so (a click before hydration does nothing). */
async function toggleColumn(page: Page, label: string, shown = false) {
  const header = table(page).getByRole('columnheader', { name: new RegExp(label) })
  await expect(async () => {
    if ((await header.isVisible()) !== shown) {
      await page.getByRole('button', { name: 'Columns' }).click({ timeout: 3_000 })
      await page.getByRole('menuitemcheckbox', { name: label }).click({ timeout: 3_000 })
      await page.keyboard.press('Escape')
    }
    if (shown) await expect(header).toBeVisible({ timeout: 2_000 })
    else await expect(header).toBeHidden({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
}

test('a hidden column stays hidden after a reload', async ({ page }) => {
  await page.goto('/booths')
  await expect(table(page).getByRole('columnheader', { name: /Location/ })).toBeVisible()
  await toggleColumn(page, 'Location')
  await expect(table(page).getByRole('columnheader', { name: /Location/ })).toBeHidden()

  await page.reload()
  await expect(table(page).getByRole('row').nth(1)).toBeVisible()
  await expect(table(page).getByRole('columnheader', { name: /Location/ })).toBeHidden()
  await toggleColumn(page, 'Location', true)
  await expect(table(page).getByRole('columnheader', { name: /Location/ })).toBeVisible()
})

test('a saved view brings back its filters, sort and columns from the sidebar, and can be deleted', async ({ page }) => {
  await page.goto('/booths?status=rejected&sort=title')
  await expect(table(page).getByRole('row').nth(1)).toBeVisible()
  await toggleColumn(page, 'Files')
  await page.getByRole('button', { name: 'Save view' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save this view' })
  await dialog.getByLabel('Name').fill('Rejected, by title')
  await dialog.getByRole('button', { name: 'Save view' }).click()
  await expect(page.getByText('View “Rejected, by title” saved')).toBeVisible()
  const link = sidebar(page).getByRole('link', { name: 'Rejected, by title' })
  await expect(link).toBeVisible()

  // Elsewhere, with every column back on: the view restores both the URL's state and the columns.
  await toggleColumn(page, 'Files', true)
  await page.goto('/')
  await link.click()
  await expect(page).toHaveURL(/\/booths\?status=rejected&sort=title$/)
  await expect(table(page).getByRole('columnheader', { name: /Files/ })).toBeHidden()
  await expect(table(page).getByRole('row').nth(1)).toContainText('Rejected')
  await page.screenshot({ path: 'test-results/screenshots/saved-views.png' })

  await sidebar(page).getByRole('button', { name: 'Delete view Rejected, by title' }).click()
  await expect(page.getByText('View “Rejected, by title” deleted.')).toBeVisible()
  await expect(sidebar(page).getByRole('link', { name: 'Rejected, by title' })).toBeHidden()
  await toggleColumn(page, 'Files', true)
})
