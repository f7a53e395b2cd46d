import { expect, test } from '@playwright/test'
import { logIn, registerUser } from './support/api-client'
import { signIn } from './support/session'

// The profile's devices list: one browser signs another out, and an app's sign-in, without touching its own.

const PASSWORD = 'amber-lantern-orchard-58'

test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })

test('an admin signs out another browser and an app from the profile; their own session goes on', async ({ browser, request }) => {
  const user = await registerUser(request, 'Dana Devices')
  const admin = await logIn(request, 'e2e-admin@vicross.local', 'e2e-admin-password-1234')
  expect((await request.patch('/api/auth/assign-role', { headers: admin.headers, data: { user_id: user.id, role: 'admin' } })).ok()).toBe(true)
  const app = await logIn(request, user.email, PASSWORD)

  const here = await browser.newContext()
  const there = await browser.newContext({
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  })
  const page = await here.newPage()
  const other = await there.newPage()
  await signIn(page, { email: user.email, password: PASSWORD })
  await signIn(other, { email: user.email, password: PASSWORD })
  await other.goto('/')
  await expect(other.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()

  await page.goto('/profile')
  const list = page.getByRole('list', { name: 'Sign-ins' })
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await expect(list.getByRole('listitem').filter({ hasText: 'This browser' })).toHaveCount(1)
  await list.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/profile-sign-ins.png', fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await list.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/profile-sign-ins-phone.png' })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.setViewportSize({ width: 1280, height: 900 })

  await page.getByRole('button', { name: 'Sign out Safari 17 on iOS' }).click()
  await expect(page.getByText('Signed out Safari 17 on iOS')).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await other.goto('/users')
  await expect(other).toHaveURL(/\/sign-in/)

  await page.getByRole('button', { name: 'Sign out everywhere else' }).click()
  await expect(page.getByText('Signed out 1 other sign-in')).toBeVisible()
  expect((await request.get('/api/user/profile', { headers: app.headers })).status()).toBe(401)
  await page.goto('/users')
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
  await here.close()
  await there.close()
})

test('an administrator sees where a user is signed in, and signs them out everywhere', async ({ page, request }) => {
  const user = await registerUser(request, 'Ulla Userson')
  const phone = await logIn(request, user.email, PASSWORD)
  await signIn(page)
  await page.goto(`/users?q=${encodeURIComponent(user.email)}`)
  await page.getByRole('button', { name: `Actions for ${user.email}` }).click()
  await page.getByRole('menuitem', { name: 'Sign-ins…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Where Ulla Userson is signed in' })
  // registerUser signed in once, and the phone once more.
  await expect(dialog.getByRole('list', { name: 'Sign-ins' }).getByRole('listitem')).toHaveCount(2)
  await page.screenshot({ path: 'test-results/screenshots/users-sign-ins-dialog.png' })
  await dialog.getByRole('button', { name: 'Sign out everywhere' }).click()
  await expect(page.getByText('Signed Ulla Userson out everywhere')).toBeVisible()
  await expect(dialog.getByText('Not signed in anywhere.')).toBeVisible()
  expect((await request.get('/api/user/profile', { headers: phone.headers })).status()).toBe(401)
})
