import { expect, test, type Locator, type Page } from '@playwright/test'
import { sharedUser, submitBooth } from './support/api-client'
import { expectRightToLeft, useLocale } from './support/locale'
import { signIn } from './support/session'

// Issue 16, two languages: the overview, the users table, the audit log, the trash and the command
// palette read in Arabic, right to left, with nothing of their English text left and nothing
// scrolling sideways on a phone. The admin's own language stays English: only the cookie says Arabic.

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' })
test.beforeEach(async ({ page }) => {
  // Each test looks at its page three times (light, dark, phone), photographing each.
  test.slow()
  await useLocale(page, 'ar')
  await signIn(page)
})

const ARABIC = /[\u0600-\u06FF]/
const suffix = Date.now().toString(36)

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0)
  await page.screenshot({ path: `tests/.artifacts/screens/ar-${name}.png`, fullPage: true })
}

/** Light, dark, then a 390 px phone (where nothing may scroll sideways), each photographed. */
async function inEveryLook(page: Page, name: string, check: () => Promise<void>) {
  await check()
  await shoot(page, `${name}-light`)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.reload()
  await check()
  await shoot(page, `${name}-dark`)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await check()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  await shoot(page, `${name}-phone`)
  await page.setViewportSize({ width: 1440, height: 900 })
}

/** None of these English texts is shown on the page (the shell around it is another part's). */
async function noEnglish(page: Page, texts: string[], scope: Locator = page.getByRole('main')) {
  for (const text of texts) await expect(scope.getByText(text, { exact: true }), text).toHaveCount(0)
}

test('the overview: figures, charts and recent activity as Arabic sentences', async ({ page }) => {
  await page.goto('/')
  await expectRightToLeft(page)
  await inEveryLook(page, 'overview', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'نظرة عامة' })).toBeVisible()
    await expect(page.getByRole('group', { name: 'المستخدمون' })).toBeVisible()
    await expect(page.getByText('الأجنحة حسب الحالة').first()).toBeVisible()
    await expect(page.getByText('الرسائل في الساعة').first()).toBeVisible()
    const activity = page.getByRole('list', { name: 'النشاط الأخير' })
    await expect(activity.getByRole('listitem').first()).toContainText(ARABIC)
    await noEnglish(page, ['Recent activity', 'Booths by status', 'Messages per hour', 'Online now', 'Waiting for review', 'Audit log'])
  })
})

test('the users table: header, filters, pagination, a row menu and an undo toast', async ({ page }) => {
  const email = 'exhibitor4@demo.vicross.local'
  await page.goto('/users')
  await expectRightToLeft(page)
  const table = page.getByRole('table', { name: 'المستخدمون' })
  await inEveryLook(page, 'users', async () => {
    await expect(table.getByRole('columnheader', { name: /البريد الإلكتروني/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /الدور/ }).first()).toBeVisible()
    await expect(page.getByText(/^\S+–\S+ من \S+$/)).toBeVisible()
    await noEnglish(page, ['Export CSV', 'Columns', 'Save view', 'Verified', 'Active', 'No results'])
  })

  // The pager mirrors: First on the right, its chevrons pointing outwards (photographed enlarged).
  const first = await page.getByRole('button', { name: 'الصفحة الأولى' }).boundingBox()
  const last = await page.getByRole('button', { name: 'الصفحة الأخيرة' }).boundingBox()
  expect(first!.x).toBeGreaterThan(last!.x)
  const pager = page.getByRole('button', { name: 'الصفحة الأولى' }).locator('..')
  await pager.evaluate((element) => ((element as HTMLElement).style.zoom = '4'))
  await pager.screenshot({ path: 'tests/.artifacts/screens/ar-users-pager.png' })
  await pager.evaluate((element) => ((element as HTMLElement).style.zoom = ''))

  await page.getByRole('searchbox', { name: 'ابحث بالاسم أو البريد الإلكتروني…' }).fill('exhibitor4@')
  await expect(table.getByRole('row')).toHaveCount(2)
  await page.getByRole('button', { name: `إجراءات ${email}` }).click()
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitemradio', { name: 'فريق العمل' })).toBeVisible()
  await expect(menu.getByRole('menuitem', { name: 'حذف', exact: true })).toBeVisible()
  await shoot(page, 'users-row-menu')
  await menu.getByRole('menuitemradio', { name: 'فريق العمل' }).click()
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'أصبح Exhibitor 4 الآن ضمن فريق العمل.' })
  await expect(toast).toBeVisible()
  await shoot(page, 'users-undo-toast')
  await toast.getByRole('button', { name: /Undo|تراجع/ }).click()
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'أصبح Exhibitor 4 الآن مستخدمًا.' })).toBeVisible()
})

test('the audit log reads in Arabic sentences', async ({ page }) => {
  await page.goto('/audit')
  await expectRightToLeft(page)
  const table = page.getByRole('table', { name: 'سجل التدقيق' })
  await inEveryLook(page, 'audit', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'سجل التدقيق' })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: 'ما الذي حدث' })).toBeVisible()
    await expect(page.getByRole('button', { name: /الإجراء/ })).toBeVisible()
    // Every entry is an Arabic sentence ("قبل Administrator الجناح …").
    await expect(table.getByRole('row').nth(1).getByRole('cell').nth(1)).toContainText(ARABIC)
    await noEnglish(page, ['What happened', 'Changes', 'Actor email', 'Action'])
  })
})

test('the trash lists a deleted booth in Arabic', async ({ page, request }) => {
  const owner = await sharedUser(request, 'Plain Visitor')
  const booth = await submitBooth(request, owner, `جناح المهملات ${suffix}`)
  expect((await request.delete(`/api/tradebooth/delete-tradebooth?id=${booth.id}`, { headers: owner.headers })).ok()).toBe(true)
  await page.goto('/trash')
  await expectRightToLeft(page)
  await inEveryLook(page, 'trash', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'سلة المهملات' })).toBeVisible()
    const table = page.getByRole('table', { name: 'الأجنحة المحذوفة' })
    await expect(table.getByRole('row').filter({ hasText: booth.title })).toContainText(/يومًا|اليوم الأخير/)
    await expect(page.getByRole('button', { name: `استعادة ${booth.title}` })).toBeVisible()
    await noEnglish(page, ['Trade booths', 'Deleted by', 'Time left', 'Restore', 'Delete now'])
  })
  // Restored, so that the trash stays as other specs expect it.
  await page.getByRole('button', { name: `استعادة ${booth.title}` }).click()
  await expect(page.getByRole('table', { name: 'الأجنحة المحذوفة' }).getByRole('row').filter({ hasText: booth.title })).toHaveCount(0)
})

test('the command palette searches in Arabic', async ({ page }) => {
  await page.goto('/')
  const palette = page.getByRole('dialog', { name: 'لوحة الأوامر' })
  await expect(async () => {
    await page.keyboard.press('Control+k')
    await expect(palette).toBeVisible({ timeout: 1_000 })
  }).toPass()
  await page.getByRole('combobox', { name: 'ابحث أو اكتب أمرًا' }).fill('North')
  await expect(palette.getByRole('option', { name: /Northwind Robotics/ }).first()).toBeVisible()
  await expect(palette.getByText('الشركات', { exact: true })).toBeVisible()
  await expect(palette).toContainText('للتنقل')
  await noEnglish(page, ['Companies', 'to move', 'to open'], palette)
  await shoot(page, 'palette')
  // Commands answer to their Arabic names too.
  await page.getByRole('combobox', { name: 'ابحث أو اكتب أمرًا' }).fill('سلة')
  await expect(palette.getByRole('option', { name: 'سلة المهملات' })).toBeVisible()
})
