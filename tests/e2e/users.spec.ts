import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support/session'

// The users page: server-side search, filters and paging in the URL, row and bulk actions, CSV.

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' })
test.beforeEach(async ({ page }) => signIn(page))

const table = (page: Page) => page.getByRole('table', { name: 'Users' })
const rowOf = (page: Page, email: string) => table(page).getByRole('row').filter({ hasText: email })

async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search name or email…' }).fill(text)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(text)
}

test('an admin finds a user, promotes them to staff and deactivates them', async ({ page }) => {
  const email = 'exhibitor1@demo.vicross.local'
  await page.goto('/users')
  await expect(table(page)).toBeVisible()

  await search(page, 'exhibitor1@')
  await expect(table(page).getByRole('row')).toHaveCount(2) // header + the one match
  await expect(rowOf(page, email)).toContainText('User')

  await page.getByRole('button', { name: `Actions for ${email}` }).click()
  await page.getByRole('menuitemradio', { name: 'Staff' }).click()
  await expect(page.getByText('Exhibitor 1 is now staff.')).toBeVisible()
  await expect(rowOf(page, email)).toContainText('Staff')

  await page.getByRole('button', { name: `Actions for ${email}` }).click()
  await page.getByRole('menuitem', { name: 'Deactivate' }).click()
  await expect(page.getByText(/Exhibitor 1 is deactivated/)).toBeVisible()
  await expect(rowOf(page, email)).toContainText('Deactivated')

  // The filters agree, after a reload from the URL alone.
  await page.goto('/users?role=staff&active=false')
  await expect(rowOf(page, email)).toBeVisible()
  await expect(page.getByRole('button', { name: /Role.*Staff/ })).toBeVisible()
})

test('bulk deactivate, delete to the trash, and CSV export of the current filter', async ({ page }) => {
  await page.goto('/users?q=demo.vicross.local&sort=email')
  await page.getByRole('checkbox', { name: 'Select exhibitor2@demo.vicross.local' }).click()
  await page.getByRole('checkbox', { name: 'Select exhibitor3@demo.vicross.local' }).click()
  await page.getByRole('button', { name: 'Deactivate selected' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Deactivate' }).click()
  await expect(page.getByText('2 users deactivated.')).toBeVisible()
  await expect(rowOf(page, 'exhibitor3@')).toContainText('Deactivated')

  // A delete goes to the trash at once, no confirmation (Undo and Restore: trash.spec.ts).
  await page.getByRole('button', { name: 'Actions for exhibitor3@demo.vicross.local' }).click()
  await page.getByRole('menuitem', { name: 'Delete', exact: true }).click()
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(page.getByText(/^Moved to trash: /).first()).toBeVisible()
  await expect(rowOf(page, 'exhibitor3@')).toHaveCount(0)

  const csv = await page.request.get('/users/export?q=exhibitor&active=false')
  expect(csv.headers()['content-type']).toContain('text/csv')
  const lines = (await csv.text()).trim().split('\n')
  expect(lines[0]).toBe('id,name,email,role,company,email_verified,is_active,created_at')
  expect(lines.slice(1).every((line) => line.includes(',false,'))).toBe(true)
  expect(lines.some((line) => line.includes('exhibitor2@demo.vicross.local'))).toBe(true)
})

test('the users page, polished, for the record', async ({ page }) => {
  await page.goto('/users')
  await expect(table(page)).toBeVisible()
  await page.mouse.move(0, 0)
  await page.screenshot({ path: 'test-results/screenshots/users.png', fullPage: true })
})
