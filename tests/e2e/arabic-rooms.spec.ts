import { expect, test, type Page } from '@playwright/test'
import { expectRightToLeft, useLocale } from './support/locale'
import { signIn } from './support/session'

// The live rooms, the calendar and the API reference in Arabic: right to left, in Arabic words
// (no English left of the texts these pages own), times from the formatter, no sideways scroll on
// a phone. Screenshots in light, dark and at 390 px for a person to look at.
test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })
test.setTimeout(90_000)
test.beforeEach(async ({ page }) => {
  await signIn(page)
  // The cookie, never the admin's own language: the admin's session is shared with later tests.
  await useLocale(page, 'ar')
})

const LIVE = { timeout: 15_000 }
const suffix = Date.now().toString(36)

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0)
  await page.screenshot({ path: `tests/.artifacts/screens/ar-${name}.png`, fullPage: true })
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
}

/** None of these English texts (ones these pages own) is left in the page's main content (the shell around it is another part's). */
async function noEnglish(page: Page, texts: string[]) {
  const main = page.locator('#main-content')
  for (const text of texts) await expect(main.getByText(text, { exact: true }), text).toHaveCount(0)
}

test('rooms: the list, a new room and its chat with times, in Arabic', async ({ page }) => {
  test.setTimeout(90_000)
  const roomName = `قاعة ${suffix}`
  await page.goto('/rooms')
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'الغرف المباشرة' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'الغرف' })).toBeVisible()
  await noEnglish(page, ['Live rooms', 'Create room', 'Online now', 'Kind'])

  await page.getByRole('button', { name: 'إنشاء غرفة' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: 'الاسم' }).fill(roomName)
  await page.getByRole('dialog').getByRole('button', { name: 'إنشاء الغرفة' }).click()
  await expect(page.getByText(`أُنشئت الغرفة «${roomName}».`)).toBeVisible()
  await shoot(page, 'rooms-light')

  await page.getByRole('table', { name: 'الغرف' }).getByRole('link', { name: roomName, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: roomName })).toBeVisible()
  await expect(page.getByText('غرفة عامة')).toBeVisible()
  const composer = page.getByRole('textbox', { name: `رسالة إلى ${roomName}` })
  const messages = page.getByRole('region', { name: 'الرسائل' })
  for (const text of ['مرحبًا بالجميع', 'يبدأ العرض الساعة العاشرة']) {
    await expect(async () => {
      await composer.fill(text)
      await composer.press('Enter')
      await expect(messages.getByText(text)).toBeVisible({ timeout: 3_000 })
    }).toPass(LIVE)
  }
  // Each message shows its time, from the formatter (Arabic: ص/م), and the sender marked as oneself.
  await expect(messages.locator('time').first()).toHaveText(/\d{1,2}:\d{2}/)
  await expect(messages.getByText(/\(أنت\)/).first()).toBeVisible()
  await noEnglish(page, ['All rooms', 'General room', 'Messages', 'Online now', 'Nobody is here yet.'])
  await expect(page.getByRole('button', { name: 'إرسال الرسالة' })).toBeVisible()
  await shoot(page, 'room-light')

  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await shoot(page, 'room-dark')

  await page.setViewportSize({ width: 390, height: 844 })
  await expect(messages.getByText('مرحبًا بالجميع')).toBeVisible()
  await noSidewaysScroll(page)
  await shoot(page, 'room-phone')
  await page.goto('/rooms')
  await expect(page.getByRole('heading', { level: 1, name: 'الغرف المباشرة' })).toBeVisible()
  await noSidewaysScroll(page)
  await shoot(page, 'rooms-phone-dark')
})

test('calendar: month and week, and the agenda on a phone, in Arabic', async ({ page }) => {
  const tomorrow = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1))
  const at = tomorrow.toISOString().slice(0, 10)
  const monthName = new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(tomorrow)
  const dayName = new Intl.DateTimeFormat('ar', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(tomorrow)

  await page.goto(`/calendar?view=month&at=${at.slice(0, 7)}`)
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'التقويم' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: monthName })).toBeVisible()
  await expect(page.getByRole('listitem', { name: new RegExp(`^${dayName}: `) })).toBeVisible()
  await expect(page.getByRole('link', { name: 'الشهر التالي' })).toBeVisible()
  await noEnglish(page, ['Calendar', 'Today', 'Pending review', 'Month', 'Week', 'Mon'])
  await shoot(page, 'calendar-month-light')

  await page.getByRole('group', { name: 'طريقة العرض' }).getByRole('link', { name: 'أسبوع' }).click()
  await expect(page).toHaveURL(/view=week/)
  await page.goto(`/calendar?view=week&at=${at}`)
  await expect(page.getByRole('list', { name: new RegExp(`^${dayName}: `) })).toBeVisible()
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await shoot(page, 'calendar-week-dark')

  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/calendar?view=week&at=${at}`)
  const agenda = page.getByRole('list', { name: 'الأجنحة حسب اليوم' })
  await expect(agenda).toBeVisible()
  await expect(agenda.getByRole('heading', { name: new RegExp(dayName) })).toBeVisible()
  await noSidewaysScroll(page)
  await shoot(page, 'calendar-agenda-phone')
})

test('API reference: the page in Arabic around the English reference, and the live events', async ({ page }) => {
  await page.goto('/api-docs')
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'مرجع واجهة البرمجة' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'أقسام مرجع واجهة البرمجة' })).toBeVisible()
  // Scalar's own interface stays English, left to right, inside the Arabic page.
  await expect(page.locator('.api-reference')).toHaveAttribute('dir', 'ltr')
  await noEnglish(page, ['API reference', 'REST API (OpenAPI)', 'Live events (AsyncAPI)'])
  await shoot(page, 'api-docs-light')

  await page.getByRole('link', { name: 'الأحداث المباشرة (AsyncAPI)' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /أحداث من العميل إلى الخادم/ })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'الحقل' }).first()).toBeVisible()
  await noEnglish(page, ['Shared schemas', 'Field', 'Required', 'Server', 'Authentication'])
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await shoot(page, 'api-docs-live-dark')

  await page.setViewportSize({ width: 390, height: 844 })
  await noSidewaysScroll(page)
  await shoot(page, 'api-docs-live-phone')
})
