import { expect, test } from '@playwright/test'
import { ADMIN } from '../../playwright.config'
import { gradientPng } from './support/fixtures'
import { signIn } from './support/session'

// The profile image a person uploads is their picture everywhere the dashboard shows them: the top
// bar's account button and their row in the users table.
test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })
test.beforeEach(async ({ page }) => signIn(page))

test('an uploaded profile image shows in the top bar and the users table', async ({ page }) => {
  await page.goto('/profile')
  // exact: once there is a current image, its "Remove profile image" button is labelled too.
  await page
    .getByLabel('Profile image', { exact: true })
    .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: gradientPng(64, [14, 116, 144], [250, 204, 21]) })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Profile saved.')).toBeVisible()

  const picture = page.getByRole('button', { name: 'Account menu' }).locator('img')
  await expect(picture).toBeVisible()
  const src = await picture.getAttribute('src')
  expect(src).toMatch(/^\/(media|uploads|api)\/|^https?:\/\//)
  const image = await page.request.get(src!)
  expect(image.ok()).toBe(true)
  expect(image.headers()['content-type']).toBe('image/png')

  await page.goto(`/users?q=${encodeURIComponent(ADMIN.email)}`)
  const row = page.getByRole('row').filter({ hasText: ADMIN.email })
  await expect(row.locator('img')).toHaveAttribute('src', src!)
  await page.screenshot({ path: 'test-results/screenshots/profile-image-users.png' })
})

test('every file field previews the chosen image and names itself in a refusal as people read it', async ({ page }) => {
  await page.goto('/profile')
  await page.getByLabel('Background image', { exact: true }).setInputFiles({ name: 'bg.png', mimeType: 'image/png', buffer: gradientPng(48) })
  await expect(page.locator('img[src^="blob:"]')).toHaveCount(1)
  await expect(page.getByText('bg.png')).toBeVisible()

  // Not an image, whatever its name says: the server checks the bytes.
  await page
    .getByLabel('Background image', { exact: true })
    .setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('just text, not a picture') })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Background image must be a JPEG, PNG, WebP or GIF image')).toBeVisible()
  await expect(page.getByText(/^background_image /)).toHaveCount(0)
})

test('the current profile image can be removed (and the removal undone until saved): the initials come back', async ({ page }) => {
  await page.goto('/profile')
  await page.getByLabel('Profile image', { exact: true }).setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: gradientPng(64) })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Profile saved.')).toBeVisible()
  const account = page.getByRole('button', { name: 'Account menu' })
  await expect(account.locator('img')).toBeVisible()

  // From the keyboard: the one button turns into its undo and keeps the focus.
  const remove = page.getByRole('button', { name: 'Remove profile image' })
  const picker = page.locator('#profile-image').locator('..')
  await picker.screenshot({ path: 'tests/.artifacts/screens/en-file-picker-current-light.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await picker.screenshot({ path: 'tests/.artifacts/screens/en-file-picker-current-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })
  await remove.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('The current profile image will be removed when you save.')).toBeVisible()
  const undo = page.getByRole('button', { name: 'Undo remove: profile image' })
  await expect(undo).toBeFocused()
  await picker.screenshot({ path: 'tests/.artifacts/screens/en-file-picker-removing.png' })
  await page.keyboard.press('Enter')
  await expect(remove).toBeFocused()
  await expect(page.getByRole('link', { name: 'Current: profile image' })).toBeVisible()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Save changes' }).click()
  // (The first save's toast may still be up: the top bar's picture tells this save went through.)
  await expect(account.locator('img')).toHaveCount(0)
  await expect(account.locator('span[aria-hidden]')).toHaveText(/^[A-Z]{1,2}$/)
  await expect(picker).toContainText('No file')
  await expect(page.getByRole('button', { name: 'Remove profile image' })).toHaveCount(0)
})
