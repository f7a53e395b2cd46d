import { expect, test, type Page } from '@playwright/test'
import { ADMIN } from '../../playwright.config'
import { logIn, registerUser } from './support/api-client'

// Passkeys in the dashboard, with Chromium's virtual authenticator (CDP WebAuthn domain) standing in
// for Touch ID or a security key: add one on the profile, sign in with it alone, use it as the
// second step, remove it. This project's server has APP_URL http://localhost:… (see playwright.config.ts).

const PASSWORD = 'amber-lantern-orchard-58'
test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })

async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
}

async function passwordSignIn(page: Page, email: string) {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Account menu' }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
}

test('a passkey added on the profile signs in alone and as the second step, and not once removed', async ({ page, request }) => {
  const user = await registerUser(request, 'Pia Passkey')
  const admin = await logIn(request, ADMIN.email, ADMIN.password)
  expect((await request.patch('/api/auth/assign-role', { headers: admin.headers, data: { user_id: user.id, role: 'staff' } })).ok()).toBe(true)
  await virtualAuthenticator(page)

  await passwordSignIn(page, user.email)
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await page.goto('/profile')
  await page.getByLabel('Passkey name').fill('Work laptop')
  await page.getByRole('button', { name: 'Add a passkey' }).click()
  // The account had no recovery codes: it gets them now, once.
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10)
  await page.getByRole('button', { name: 'I have saved them' }).click()
  const passkeys = page.getByRole('list', { name: 'Passkeys' })
  await expect(passkeys.getByRole('listitem')).toHaveCount(1)
  await expect(passkeys).toContainText('Work laptop')
  await expect(page.locator('#security').getByText('On', { exact: true })).toBeVisible()
  await page.locator('#passkeys').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/profile-passkeys.png', fullPage: true })
  await signOut(page)

  // Alone: no email, no password.
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await signOut(page)

  // As the second step after the password.
  await passwordSignIn(page, user.email)
  await expect(page.getByLabel('Authentication code')).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/sign-in-second-step-passkey.png', fullPage: true })
  await page.getByRole('button', { name: 'Use a passkey instead' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()

  // Removed: the authenticator still holds it, but it signs in no more.
  await page.goto('/profile')
  await page.getByRole('button', { name: 'Remove passkey Work laptop' }).click()
  await page.getByRole('button', { name: 'Remove passkey', exact: true }).click()
  await expect(page.getByText('Passkey “Work laptop” removed')).toBeVisible()
  await expect(page.locator('#security').getByText('Off', { exact: true })).toBeVisible()
  await signOut(page)
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'That passkey was not accepted' })).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
})
