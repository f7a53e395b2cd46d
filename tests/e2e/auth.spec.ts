import { expect, test, type Page } from '@playwright/test'
import { decode } from 'next-auth/jwt'
import { ADMIN } from '../../playwright.config'
import { mailCount, nextCode } from './support/mailbox'

// Dashboard sign-in, end to end: the real NextAuth endpoints, the real services, mail over SMTP.

const AUTH_SECRET = 'e2e-secret-that-is-at-least-32-characters'
const sessionCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name.endsWith('next-auth.session-token'))

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })

test('anonymous visitors are sent to sign in, and come back where they were going', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in$/)
  await page.goto('/users?role=staff')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fusers%3Frole%3Dstaff$/)
  await expect(page.getByRole('heading', { name: 'Sign in to VI Cross' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Continue with Google' })).toHaveCount(0) // no Google client configured
})

test('a wrong password and an unknown email read the same', async ({ page }) => {
  await page.goto('/sign-in')
  const messages: string[] = []
  for (const email of [ADMIN.email, 'nobody-here@vicross.local']) {
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('not-the-right-password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    const alert = page.getByRole('alert').filter({ hasText: /match/ })
    await expect(alert).toBeVisible()
    messages.push((await alert.textContent()) ?? '')
    await page.reload()
  }
  expect(messages[0]).toBe(messages[1])
})

test('an admin signs in with a password, gets a bounded session cookie, and signs out', async ({ page }) => {
  await page.goto('/users')
  await expect(page).toHaveURL(/callbackUrl=%2Fusers/)
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()

  await expect(page).toHaveURL(/\/users$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()

  const cookie = await sessionCookie(page)
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  const token = await decode({ token: cookie!.value, secret: AUTH_SECRET })
  expect(token).toMatchObject({ sub: expect.any(String), sv: expect.any(Number), auth_time: expect.any(Number), last_seen: expect.any(Number) })
  // Idle limit: the token itself dies an hour after its last refresh (and never past 24 h of sign-in).
  expect(Number(token!.exp) - Number(token!.iat)).toBeLessThanOrEqual(3600)

  await page.getByRole('button', { name: 'Account menu' }).click()
  await expect(page.getByRole('menu')).toContainText(ADMIN.email)
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)

  // Signing out bumped the session version: a copy of the old cookie is refused too.
  await page.context().addCookies([{ ...cookie!, expires: -1 }])
  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('an admin signs in with a code sent by email', async ({ page, request }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Email me a code' }).click()
  await page.getByLabel('Email').fill(ADMIN.email)
  const before = await mailCount(request, ADMIN.email)
  await page.getByRole('button', { name: 'Send code' }).click()
  await expect(page.getByText(/a 6-digit code is on its way/)).toBeVisible()

  const code = await nextCode(request, ADMIN.email, before)
  await page.getByLabel('Code').fill(code)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
})

test('a user resets a forgotten password, signs in, and meets the no-access page', async ({ page, request }) => {
  const email = 'exhibitor2@demo.vicross.local'
  const password = 'a-brand-new-passphrase-for-e2e'
  await page.goto('/sign-in')
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible()
  await page.getByLabel('Email').fill(email)
  const before = await mailCount(request, email)
  await page.getByRole('button', { name: 'Send code' }).click()
  await page.getByLabel('Code').fill(await nextCode(request, email, before))
  await page.getByRole('button', { name: 'Continue' }).click()

  await page.getByLabel('New password', { exact: true }).fill(password)
  await page.getByLabel('Confirm new password').fill(`${password}-typo`)
  await page.getByRole('button', { name: 'Set new password' }).click()
  await expect(page.getByText('Passwords do not match')).toBeVisible()
  await page.getByLabel('Confirm new password').fill(password)
  await page.getByRole('button', { name: 'Set new password' }).click()
  await expect(page.getByRole('heading', { name: 'Password changed' })).toBeVisible()

  await page.getByRole('link', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in to VI Cross' })).toBeVisible()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()

  await expect(page).toHaveURL(/\/no-access$/)
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible()
  await page.goto('/users')
  await expect(page).toHaveURL(/\/no-access$/)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
})
