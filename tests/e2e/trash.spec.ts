import { expect, test, type Page } from '@playwright/test'
import { logIn, registerUser, sharedUser, submitBooth, USER_PASSWORD } from './support/api-client'
import { signIn } from './support/session'

// Issue 16 §2, nothing risky on one click: a booth delete goes to the trash at once with Undo in the
// toast, the Trash page restores it, and a user's deactivation can be undone from its toast.

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' })
test.beforeEach(async ({ page }) => signIn(page))

const suffix = Date.now().toString(36)

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0)
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

const boothsTable = (page: Page) => page.getByRole('table', { name: 'Trade booths' })
// The newest toast with this text (an earlier one may still be showing).
const toast = (page: Page, text: string | RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text }).first()

test('a booth deleted from the list comes back with Undo, and from the Trash page with Restore', async ({ page, request }) => {
  test.setTimeout(90_000)
  const owner = await sharedUser(request, 'Plain Visitor')
  const booth = await submitBooth(request, owner, `Trash demo ${suffix}`)

  await page.goto(`/booths?q=${encodeURIComponent(booth.title)}`)
  const row = boothsTable(page).getByRole('row').filter({ hasText: booth.title })
  await expect(row).toBeVisible()

  // Done at once, no confirmation: the toast says where it went and offers Undo.
  await page.getByRole('button', { name: `Actions for ${booth.title}` }).click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  const moved = toast(page, `Moved to trash: ${booth.title}.`)
  await expect(moved).toBeVisible()
  await expect(row).toHaveCount(0)
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await shoot(page, 'trash-undo-toast')
  await moved.getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, `Restored: ${booth.title}.`)).toBeVisible()
  await expect(row).toBeVisible()

  // Deleted again, and left: the Trash page lists it with who deleted it and the time left. The
  // restore's live refresh may redraw the row (and close its menu) right after it comes back.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: `Actions for ${booth.title}` }).click({ timeout: 3_000 })
    await page.getByRole('menuitem', { name: 'Delete' }).click({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  await expect(toast(page, `Moved to trash: ${booth.title}.`)).toBeVisible()
  await expect(row).toHaveCount(0)
  expect((await request.get(`/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`, { headers: owner.headers })).status()).toBe(404)

  await page.getByRole('navigation').getByRole('link', { name: 'Trash' }).first().click()
  await expect(page).toHaveURL(/\/trash$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible()
  const trashRow = page.getByRole('table', { name: 'Deleted booths' }).getByRole('row').filter({ hasText: booth.title })
  await expect(trashRow).toContainText('30 days')
  await expect(trashRow).toContainText('Pending')
  await expect(trashRow.getByRole('button', { name: `Delete ${booth.title} now` })).toBeVisible() // an admin may purge
  await shoot(page, 'trash-page-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shoot(page, 'trash-page-dark')
  await page.setViewportSize({ width: 390, height: 844 })
  await shoot(page, 'trash-page-mobile')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.emulateMedia({ colorScheme: 'light' })

  await trashRow.getByRole('button', { name: `Restore ${booth.title}` }).click()
  await expect(toast(page, `Restored: ${booth.title}.`)).toBeVisible()
  await expect(trashRow).toHaveCount(0)
  expect((await request.get(`/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`, { headers: owner.headers })).status()).toBe(200)

  // From the booth's own page: back to the list, and Undo brings the page back.
  await page.goto(`/booths/${booth.id}`)
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page).toHaveURL(/\/booths$/)
  await toast(page, `Moved to trash: ${booth.title}.`).getByRole('button', { name: 'Undo' }).click()
  await expect(page).toHaveURL(new RegExp(`/booths/${booth.id}$`))
  await expect(page.getByRole('heading', { level: 1, name: booth.title })).toBeVisible()
})

test("a user's deactivation is undone from its toast; making someone an admin asks first", async ({ page, request }) => {
  const someone = await registerUser(request, `Undo Person ${suffix}`)
  await page.goto(`/users?q=${encodeURIComponent(someone.email)}`)
  const row = page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: someone.email })
  await expect(row).toBeVisible()

  await page.getByRole('button', { name: `Actions for ${someone.email}` }).click()
  await page.getByRole('menuitem', { name: 'Deactivate' }).click()
  const deactivated = toast(page, /is deactivated and signed out everywhere/)
  await expect(deactivated).toBeVisible()
  await expect(row).toContainText('Deactivated')
  await deactivated.getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, /is active again/)).toBeVisible()
  await expect(row).not.toContainText('Deactivated')

  await page.getByRole('button', { name: `Actions for ${someone.email}` }).click()
  await page.getByRole('menuitemradio', { name: 'Admin' }).click()
  const confirm = page.getByRole('alertdialog', { name: `Make ${someone.name} an administrator?` })
  await expect(confirm).toContainText(someone.email)
  await shoot(page, 'users-confirm-admin')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(row).toContainText('User')
  await expect(row).not.toContainText('Admin')
})

test('a company deleted with its booth comes back with Undo, and from the Trash page with Restore', async ({ page, request }) => {
  test.setTimeout(90_000)
  const owner = await sharedUser(request, 'Plain Visitor')
  const booth = await submitBooth(request, owner, `Company trash ${suffix}`)
  const companyName = `${booth.title} Ltd`

  await page.goto(`/companies?q=${encodeURIComponent(companyName)}`)
  const row = page.getByRole('table', { name: 'Companies' }).getByRole('row').filter({ hasText: companyName })
  await expect(row).toBeVisible()
  await page.getByRole('button', { name: `Actions for ${companyName}` }).click()
  await page.getByRole('menuitem', { name: 'Delete…' }).click()
  const dialog = page.getByRole('alertdialog', { name: `Delete ${companyName}?` })
  await expect(dialog).toContainText('restored for 30 days')
  await dialog.getByRole('button', { name: 'Delete company' }).click()
  const moved = toast(page, `Moved to trash: ${companyName} and its booth.`)
  await expect(moved).toBeVisible()
  await expect(row).toHaveCount(0)
  expect((await request.get(`/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`, { headers: owner.headers })).status()).toBe(404)
  await moved.getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, `Restored: ${companyName}.`)).toBeVisible()
  await expect(row).toBeVisible()
  expect((await request.get(`/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`, { headers: owner.headers })).status()).toBe(200)

  // The restore's live refresh may redraw the row (and close its menu) right after it comes back.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: `Actions for ${companyName}` }).click({ timeout: 3_000 })
    await page.getByRole('menuitem', { name: 'Delete…' }).click({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete company' }).click()
  await expect(row).toHaveCount(0)
  await page.goto('/trash')
  const trashRow = page.getByRole('table', { name: 'Deleted companies' }).getByRole('row').filter({ hasText: companyName })
  await expect(trashRow).toContainText('1 booth')
  // Its booth is listed with it, not on its own.
  await expect(page.getByRole('table', { name: 'Deleted booths' }).getByRole('row').filter({ hasText: booth.title })).toHaveCount(0)
  await shoot(page, 'trash-page-company')
  await trashRow.getByRole('button', { name: `Restore ${companyName}` }).click()
  await expect(toast(page, `Restored: ${companyName}.`)).toBeVisible()
  await expect(trashRow).toHaveCount(0)
  expect((await request.get(`/api/tradebooth/get-single-details-tradebooth?id=${booth.id}`, { headers: owner.headers })).status()).toBe(200)
})

test('an account deleted from the users table comes back with Undo, and from the Trash page with Restore', async ({ page, request }) => {
  test.setTimeout(90_000)
  const person = await registerUser(request, `Trash Account ${suffix}`)
  const booth = await submitBooth(request, person, `Account trash ${suffix}`)
  const companyName = `${booth.title} Ltd`
  const moved = `Moved to trash: ${person.name} and their company.`
  const restored = `Restored: ${person.name} and their company.`

  await page.goto(`/users?q=${encodeURIComponent(person.email)}`)
  const row = page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: person.email })
  await expect(row).toBeVisible()
  // Retried: after an Undo, the restore's live refresh may redraw the row (and close its menu).
  const remove = () =>
    expect(async () => {
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: `Actions for ${person.email}` }).click({ timeout: 3_000 })
      await page.getByRole('menuitem', { name: 'Delete', exact: true }).click({ timeout: 3_000 })
    }).toPass({ timeout: 30_000 })

  // Done at once, no confirmation: its company goes with it, and Undo brings both back.
  await remove()
  await expect(toast(page, moved)).toBeVisible()
  await expect(row).toHaveCount(0)
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  expect((await request.get('/api/user/profile', { headers: person.headers })).status()).toBe(401)
  await toast(page, moved).getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, restored)).toBeVisible()
  await expect(row).toBeVisible()

  // Deleted again and left: the Trash page lists it (not its company on its own), and restores it.
  await remove()
  await expect(toast(page, moved)).toBeVisible()
  await expect(row).toHaveCount(0)
  await page.goto('/trash')
  const trashRow = page.getByRole('table', { name: 'Deleted accounts' }).getByRole('row').filter({ hasText: person.email })
  await expect(trashRow).toContainText('1 company')
  await expect(trashRow).toContainText('30 days')
  await expect(trashRow.getByRole('button', { name: `Delete ${person.name} now` })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Deleted companies' }).getByRole('row').filter({ hasText: companyName })).toHaveCount(0)
  await shoot(page, 'trash-page-accounts')
  await trashRow.getByRole('button', { name: `Restore ${person.name}` }).click()
  await expect(toast(page, restored)).toBeVisible()
  await expect(trashRow).toHaveCount(0)
  // Back, with its company; it signs in anew (its old sessions stay ended).
  expect((await request.get('/api/user/profile', { headers: person.headers })).status()).toBe(401)
  const again = await logIn(request, person.email, USER_PASSWORD)
  expect((await request.get('/api/user/profile', { headers: again.headers })).status()).toBe(200)
  await page.goto(`/companies?q=${encodeURIComponent(companyName)}`)
  await expect(page.getByRole('table', { name: 'Companies' }).getByRole('row').filter({ hasText: companyName })).toBeVisible()
})
