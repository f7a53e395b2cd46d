import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { totpCodeAt } from '../../lib/auth/totp'
import { ADMIN } from '../../playwright.config'
import { logIn, registerUser, USER_PASSWORD, type ApiUser } from './support/api-client'
import { expectNoSeriousViolations } from './support/axe'
import { expectRightToLeft, useLocale } from './support/locale'
import { signIn } from './support/session'

// The frame of the dashboard in Arabic: the signed-out pages (chosen by their language switch), the
// sidebar, top bar, user menu and phone sheet, the profile, a person choosing their own language,
// and the second-factor set-up (with axe). Screenshots of each in light, dark and at phone width.

const shots = 'tests/.artifacts/screens'

test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })
test.describe.configure({ mode: 'serial' })

async function expectNoSidewaysScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

/** Light, dark, then the phone width (dark off again): the three screenshots of a page. */
async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `${shots}/ar-${name}-light.png`, fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: `${shots}/ar-${name}-dark.png`, fullPage: true })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: `${shots}/ar-${name}-phone.png`, fullPage: true })
  await expectNoSidewaysScroll(page, 390)
  await page.setViewportSize({ width: 1280, height: 900 })
}

async function withRole(request: APIRequestContext, user: ApiUser, role: 'staff' | 'admin', headers: Record<string, string>) {
  const answer = await request.patch('/api/auth/assign-role', { headers, data: { user_id: user.id, role } })
  expect(answer.ok(), await answer.text()).toBe(true)
}

test('the sign-in page switches to Arabic by its language switch, and says what is wrong in Arabic', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'العربية' }).click()
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول إلى VI Cross' })).toBeVisible()
  await expect(page.getByLabel('البريد الإلكتروني')).toBeVisible()
  await expect(page.getByLabel('كلمة المرور')).toBeVisible()
  await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click()
  await expect(page.getByText('أدخل عنوان بريد إلكتروني صالحًا')).toBeVisible()
  await expect(page.getByText('أدخل كلمة المرور', { exact: true })).toBeVisible()
  for (const english of ['Sign in to VI Cross', 'Forgot password?', 'Email me a code', 'Enter a valid email address', 'Password']) {
    await expect(page.locator('body')).not.toContainText(english)
  }
  await expect(page).toHaveTitle('تسجيل الدخول · VI Cross')
  await screenshots(page, 'sign-in')

  await page.getByRole('link', { name: 'نسيت كلمة المرور؟' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'إعادة تعيين كلمة المرور' })).toBeVisible()
  await page.screenshot({ path: `${shots}/ar-forgot-password-light.png`, fullPage: true })

  // And back: English, left to right.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible()
})

test('the dashboard frame and the profile in Arabic', async ({ page }) => {
  await useLocale(page, 'ar')
  await signIn(page)
  await page.goto('/profile')
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'الملف الشخصي' })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' })
  await expect(nav.getByRole('link', { name: 'نظرة عامة' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'قائمة المراجعة' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'مسار التنقل' }).getByText('الحساب')).toBeVisible()
  await expect(page.locator('#security')).toContainText('التحقق بخطوتين')
  await expect(page.getByText('أين سجّلت الدخول')).toBeVisible()
  for (const english of ['Overview', 'Review queue', 'Two-step sign-in', 'Where you are signed in', 'Change password', 'Sign-in policy', 'Skip to content']) {
    await expect(page.locator('body')).not.toContainText(english)
  }
  // The sidebar sits on the right.
  const sidebar = await page.locator('aside').boundingBox()
  expect(sidebar!.x).toBeGreaterThan(1280 / 2)
  await screenshots(page, 'profile')

  // The user menu.
  await page.getByRole('button', { name: 'قائمة الحساب' }).click()
  await expect(page.getByRole('menuitem', { name: 'تسجيل الخروج' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: 'الملف الشخصي' })).toBeVisible()
  await page.screenshot({ path: `${shots}/ar-user-menu.png` })
  await page.keyboard.press('Escape')

  // The phone's navigation sheet comes in from the right.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.getByRole('button', { name: 'فتح التنقل' }).click()
  const sheet = page.getByRole('dialog', { name: 'التنقل' })
  await expect(sheet.getByRole('link', { name: 'أجنحة العرض' })).toBeVisible()
  await page.waitForTimeout(300)
  const box = await sheet.boundingBox()
  expect(Math.round(box!.x + box!.width)).toBe(390)
  await page.screenshot({ path: `${shots}/ar-nav-sheet-phone.png` })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: `${shots}/ar-nav-sheet-phone-dark.png` })
  await page.emulateMedia({ colorScheme: 'light' })
  await sheet.getByRole('button', { name: 'إغلاق التنقل' }).click()
  await expect(sheet).toHaveCount(0)
  await expectNoSidewaysScroll(page, 390)
})

test('a person picks Arabic for themselves on the profile, and goes back to English', async ({ page, request }) => {
  const admin = await logIn(request, ADMIN.email, ADMIN.password)
  const lina = await registerUser(request, 'Lina Language')
  await withRole(request, lina, 'staff', admin.headers)
  await signIn(page, { email: lina.email, password: USER_PASSWORD })
  await page.goto('/profile')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')

  await page.getByLabel('Language').selectOption('ar')
  await expectRightToLeft(page)
  await expect(page.getByRole('heading', { level: 1, name: 'الملف الشخصي' })).toBeVisible()
  await expect(page.getByLabel('اللغة')).toHaveValue('ar')
  // Saved on the account: another visit, with no cookie, is in Arabic too.
  await page.goto('/')
  await expectRightToLeft(page)

  await page.goto('/profile')
  await page.getByLabel('اللغة').selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
})

test('the second-factor set-up in Arabic: right to left, and no serious axe findings in either theme', async ({ page, request }) => {
  // An admin with an authenticator turns the requirement on (and off again) through the API's second step.
  const seeded = await logIn(request, ADMIN.email, ADMIN.password)
  const ada = await registerUser(request, 'Ada Arabic')
  await withRole(request, ada, 'admin', seeded.headers)
  // A new role ends the person's tokens: a fresh one as the administrator.
  const { headers } = await logIn(request, ada.email, USER_PASSWORD)
  const begun = await request.post('/api/user/mfa/totp', { headers })
  expect(begun.ok(), await begun.text()).toBe(true)
  const { secret } = ((await begun.json()) as { data: { secret: string } }).data
  const confirmed = await request.post('/api/user/mfa/totp/confirm', { headers, data: { code: totpCodeAt(secret, Date.now()) } })
  expect(confirmed.ok(), await confirmed.text()).toBe(true)
  const recovery = ((await confirmed.json()) as { data: { recovery_codes: string[] } }).data.recovery_codes
  const twoStep = async (code: string) => {
    const login = await request.post('/api/auth/login', { data: { email: ada.email, password: USER_PASSWORD } })
    const { mfa_token } = ((await login.json()) as { data: { mfa_token: string } }).data
    const verified = await request.post('/api/auth/mfa/verify', { data: { mfa_token, code } })
    expect(verified.ok(), await verified.text()).toBe(true)
    return { authorization: `Bearer ${((await verified.json()) as { data: { access_token: string } }).data.access_token}` }
  }
  const sami = await registerUser(request, 'Sami Setup')
  const adaHeaders = await twoStep(recovery[0]!)
  await withRole(request, sami, 'staff', adaHeaders)
  const on = await request.patch('/api/settings/security', { headers: adaHeaders, data: { require_mfa_for_staff: true } })
  expect(on.ok(), await on.text()).toBe(true)

  try {
    await useLocale(page, 'ar')
    await signIn(page, { email: sami.email, password: USER_PASSWORD })
    await page.goto('/')
    await expect(page).toHaveURL(/\/set-up-second-factor$/)
    await expectRightToLeft(page)
    await expect(page.getByRole('heading', { level: 1, name: 'إعداد التحقق بخطوتين' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'إعداد تطبيق مصادقة' })).toBeVisible()
    await expect(page.getByText('Set up two-step sign-in')).toHaveCount(0)
    await expectNoSeriousViolations(page, '/set-up-second-factor (ar, light)')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoSeriousViolations(page, '/set-up-second-factor (ar, dark)')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.getByRole('button', { name: 'إعداد تطبيق مصادقة' }).click()
    await expect(page.getByRole('img', { name: 'رمز QR لمسحه بتطبيق المصادقة' })).toBeVisible()
    // A wrong first code: the service's refusal, in Arabic.
    await page.getByLabel('الرمز من التطبيق').fill('000000')
    await page.getByRole('button', { name: 'تفعيل' }).click()
    await expect(page.getByText('هذا الرمز غير صحيح', { exact: false })).toBeVisible()
    await screenshots(page, 'set-up-second-factor')
  } finally {
    const off = await request.patch('/api/settings/security', { headers: await twoStep(recovery[1]!), data: { require_mfa_for_staff: false } })
    expect(off.ok(), await off.text()).toBe(true)
  }
})
