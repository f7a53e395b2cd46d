import { expect, test, type Page } from '@playwright/test'
import { registerUser } from './support/api-client'
import { expectRightToLeft, useLocale } from './support/locale'
import { signIn } from './support/session'

// The accounts' trash in Arabic: the users table's delete with its toast, and the Trash page's
// Accounts section, laid out right to left, in light, dark and at phone width.

const suffix = Date.now().toString(36)
const toast = (page: Page, text: string | RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text }).first()

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0)
  await page.screenshot({ path: `tests/.artifacts/screens/${name}.png`, fullPage: true })
}

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' })

test('an account goes to the trash and comes back, in Arabic', async ({ page, request }) => {
  test.setTimeout(90_000)
  const person = await registerUser(request, `Arabic Account ${suffix}`)
  await useLocale(page, 'ar')
  await signIn(page)

  await page.goto(`/users?q=${encodeURIComponent(person.email)}`)
  await expectRightToLeft(page)
  const row = page.getByRole('row').filter({ hasText: person.email })
  await row.getByRole('button').last().click()
  await page.getByRole('menuitem', { name: 'حذف', exact: true }).click()
  await expect(toast(page, `نُقل إلى سلة المهملات: ${person.name}.`)).toBeVisible()
  await expect(page.getByText(`Moved to trash: ${person.name}.`)).toHaveCount(0)
  await expect(row).toHaveCount(0)

  await page.goto('/trash')
  await expectRightToLeft(page)
  const section = page.locator('section[aria-labelledby="trash-accounts"]')
  await expect(section.getByRole('heading', { name: 'الحسابات' })).toBeVisible()
  const trashRow = page.getByRole('table', { name: 'الحسابات المحذوفة' }).getByRole('row').filter({ hasText: person.email })
  await expect(trashRow).toContainText('لا شيء')
  for (const english of ['Accounts', 'Deleted accounts', 'Restore', 'Delete now', 'Companies', 'None']) {
    await expect(section.getByText(english, { exact: true })).toHaveCount(0)
  }
  await shoot(page, 'ar-trash-accounts')
  await page.emulateMedia({ colorScheme: 'dark' })
  await shoot(page, 'ar-trash-accounts-dark')
  await page.setViewportSize({ width: 390, height: 844 })
  await shoot(page, 'ar-trash-accounts-390')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.emulateMedia({ colorScheme: 'light' })

  await trashRow.getByRole('button', { name: `حذف ${person.name} الآن` }).click()
  const confirm = page.getByRole('alertdialog', { name: `حذف ${person.name} نهائيًا؟` })
  await expect(confirm).toContainText('لا يمكن التراجع عن ذلك.')
  await shoot(page, 'ar-trash-accounts-confirm')
  await confirm
    .getByRole('button', { name: 'إلغاء' })
    .or(confirm.getByRole('button', { name: 'Cancel' }))
    .first()
    .click()
  await trashRow.getByRole('button', { name: `استعادة ${person.name}` }).click()
  await expect(toast(page, `استُعيد: ${person.name}.`)).toBeVisible()
  await expect(trashRow).toHaveCount(0)
})
