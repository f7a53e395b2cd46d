import { expect, test, type Page } from '@playwright/test'
import { gradientPng } from './support/fixtures'
import { expectRightToLeft, useLocale } from './support/locale'
import { signIn } from './support/session'

// The file picker in Arabic (the profile's images stand for every file field): its own words, the
// server's refusals and the remove/undo, right to left, in light and dark and on a phone.
test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })

const shot = (page: Page, name: string) => page.screenshot({ path: `tests/.artifacts/screens/ar-${name}.png`, fullPage: true })
const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

test('the file picker speaks Arabic: a current image, its removal and a refusal', async ({ page }) => {
  test.setTimeout(60_000)
  await useLocale(page, 'ar')
  await signIn(page)
  await page.goto('/profile')
  await expectRightToLeft(page)

  const image = page.locator('#profile-image')
  const picker = image.locator('..')
  const save = image.locator('xpath=ancestor::form').locator('button[type=submit]')
  await image.setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: gradientPng(64, [14, 116, 144], [250, 204, 21]) })
  await expect(picker).toContainText('me.png')
  await expect(picker).toContainText('كيلوبايت')
  await save.click()
  await expect(picker.getByRole('link', { name: /^الحالي: / })).toBeVisible()
  await expect(picker.getByRole('button', { name: 'استبدال…' })).toBeVisible()
  const remove = picker.getByRole('button', { name: /^إزالة / })
  await expect(remove).toBeVisible()
  await expect(picker.locator('img')).toBeVisible()
  for (const english of ['Choose file…', 'Replace…', 'No file', 'Undo remove']) await expect(page.getByText(english, { exact: true })).toHaveCount(0)
  await expect(page.getByText(/^Current: /)).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0)
  await noSidewaysScroll(page)
  await shot(page, 'file-picker-light')
  await picker.screenshot({ path: 'tests/.artifacts/screens/ar-file-picker-current.png' })

  // The removal, and its undo, before saving.
  await remove.click()
  await expect(picker).toContainText('سيُزال الملف الحالي')
  await expect(picker.getByRole('button', { name: /^تراجع عن الإزالة/ })).toBeFocused()
  await picker.screenshot({ path: 'tests/.artifacts/screens/ar-file-picker-removing.png' })

  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'file-picker-dark')
  await page.setViewportSize({ width: 390, height: 844 })
  await noSidewaysScroll(page)
  await shot(page, 'file-picker-390')
  await picker.screenshot({ path: 'tests/.artifacts/screens/ar-file-picker-removing-390-dark.png' })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light' })

  // A refusal names the field, in Arabic.
  const background = page.locator('#profile-background')
  await background.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('just text, not a picture') })
  await save.click()
  await expect(page.locator('#profile-background-error')).toContainText('يجب أن يكون حقل «')
  await expect(page.getByText(/must be a JPEG/)).toHaveCount(0)
  await shot(page, 'file-picker-error')
  await image.locator('xpath=ancestor::form').screenshot({ path: 'tests/.artifacts/screens/ar-file-picker-error-form.png' })

  // Saved without the bad file: the removal goes through and the picker is empty again.
  await background
    .locator('..')
    .getByRole('button', { name: /^إزالة fake\.png/ })
    .click()
  await save.click()
  await expect(picker).toContainText('لا يوجد ملف')
  await expect(picker.locator('img')).toHaveCount(0)
})
