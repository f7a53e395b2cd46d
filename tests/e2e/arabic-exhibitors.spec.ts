import { expect, test, type Page } from '@playwright/test'
import { expectRightToLeft, useLocale } from './support/locale'
import { signIn } from './support/session'

// Booths, companies and the review queue in Arabic: right to left, Arabic words where the English
// ones were, nothing wider than the window; screenshots in both themes and at phone width.

const SCREENS = 'tests/.artifacts/screens'

/** The page in the light theme, then in the dark one (next-themes reads localStorage before paint). */
async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENS}/ar-${name}.png`, fullPage: true })
  await page.evaluate(() => localStorage.setItem('theme', 'dark'))
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.screenshot({ path: `${SCREENS}/ar-${name}-dark.png`, fullPage: true })
  await page.evaluate(() => localStorage.setItem('theme', 'light'))
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
  expect(scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(innerWidth)
}

/** None of these English texts (moved to messages) is left in the page's main part. */
async function expectNoEnglish(page: Page, texts: string[]) {
  for (const text of texts) await expect(page.getByRole('main').getByText(text, { exact: true })).toHaveCount(0)
}

test.beforeEach(async ({ page }) => {
  // Full-page screenshots in two themes take a while on a shared machine.
  test.slow()
  // Signed in first: the admin's session, kept for later tests, must not carry this test's language.
  await signIn(page)
  await useLocale(page, 'ar')
})

test('booths: the list, a rejected booth with its status history, and the new-booth form with an error', async ({ page }) => {
  await page.goto('/booths?status=rejected')
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'أجنحة العرض' })).toBeVisible()
  const table = page.getByRole('table', { name: 'أجنحة العرض' })
  await expect(table.getByRole('columnheader', { name: 'الموعد' })).toBeVisible()
  await expect(table.getByText('مرفوض', { exact: true }).first()).toBeVisible()
  await expect(page.getByPlaceholder('ابحث في العنوان أو الموقع أو الشركة…')).toBeVisible()
  await expectNoEnglish(page, ['Trade booths', 'New booth', 'When', 'Submitted', 'Rejected'])
  await expectNoSidewaysScroll(page)
  await screenshots(page, 'booths')

  await page.goto('/booths?status=rejected')
  await table.getByRole('link', { name: /—/ }).first().click()
  await expect(page.getByText('سجل الحالة', { exact: true })).toBeVisible()
  const history = page.getByRole('list', { name: 'سجل الحالة' })
  await expect(history.getByRole('listitem').first()).toContainText('قُدِّم')
  await expect(page.getByText('المنطقة الزمنية للجناح')).toBeVisible()
  await expect(page.getByRole('button', { name: 'إعادة فتح للمراجعة…' })).toBeVisible()
  await expectNoEnglish(page, ['Schedule', 'Status history', 'Files', 'Edit', 'Delete', 'Rejected:'])
  await expectNoSidewaysScroll(page)
  await screenshots(page, 'booth')

  await page.goto('/booths/new')
  await expect(page.getByRole('heading', { level: 1, name: 'جناح عرض جديد' })).toBeVisible()
  // Hydrated before typing: the form checks on the server through its own handler.
  await expect(page.getByRole('combobox', { name: 'الشركة' })).toBeEnabled()
  await page.getByLabel('العنوان').fill('جناح تجريبي')
  await page.getByRole('button', { name: 'إرسال للمراجعة' }).click()
  // The field errors come from lib/forms; here only that one shows, on a page in Arabic.
  await expect(page.locator('#booth-company_id-error')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('المنطقة الزمنية', { exact: true })).toBeVisible()
  await expectNoEnglish(page, ['Company', 'Title', 'Time zone', 'Submit for review', 'Cancel'])
  await expectNoSidewaysScroll(page)
  await screenshots(page, 'booth-new')
})

test('companies: the list and a company page', async ({ page }) => {
  await page.goto('/companies')
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'الشركات' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'المالك' })).toBeVisible()
  await expectNoEnglish(page, ['Companies', 'New company', 'Owner', 'Booths'])
  await expectNoSidewaysScroll(page)
  await screenshots(page, 'companies')

  await page.goto('/companies')
  await page.getByRole('main').locator('a[href^="/companies/0"]').first().click()
  await expect(page.getByText('تاريخ التسجيل')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'أجنحة العرض', exact: true })).toBeVisible()
  await expectNoEnglish(page, ['Registered', 'Trade booths', "Time (booth's zone)", 'Edit'])
  await expectNoSidewaysScroll(page)
  await screenshots(page, 'company')
})

test('the review queue', async ({ page }) => {
  await page.goto('/review')
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'قائمة المراجعة' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'الأجنحة قيد الانتظار' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'قبول المحدد' })).toBeVisible()
  await expect(page.getByText('كل الاختصارات')).toBeVisible()
  await expectNoEnglish(page, ['Review queue', 'Accept selected', 'Accept', 'Reject', 'all shortcuts'])
  await expectNoSidewaysScroll(page)
  await screenshots(page, 'review')
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('no page scrolls sideways', async ({ page }) => {
    await page.goto('/booths?status=rejected')
    const booth = await page.getByRole('main').getByRole('link', { name: /—/ }).first().getAttribute('href')
    await page.goto('/companies')
    const company = await page.getByRole('main').locator('a[href^="/companies/0"]').first().getAttribute('href')
    const pages = { booths: '/booths', booth: booth!, 'booth-new': '/booths/new', companies: '/companies', company: company!, review: '/review' }
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(path)
      await expectRightToLeft(page)
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
      await expectNoSidewaysScroll(page)
      await page.screenshot({ path: `${SCREENS}/ar-${name}-phone.png`, fullPage: true })
    }
  })
})
