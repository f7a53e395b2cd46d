import { expect, test } from '@playwright/test'
import { signIn } from './support/session'

// One real journey through the production build: the product is up, its database reachable, an
// anonymous visitor lands on the sign-in page, and a signed-in admin gets the dashboard.
test('the sign-in page and, once signed in, the dashboard are served, with the database ready', async ({ page, request }) => {
  const health = await request.get('/api/health')
  expect(health.status()).toBe(200)
  expect(await health.json()).toMatchObject({ status: 200, data: { ready: true, database: 'up' } })

  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByLabel('Password')).toBeVisible()

  await signIn(page)
  const response = await page.goto('/')
  expect(response?.headers()['x-request-id']).toBeTruthy()
  expect(response?.headers()['x-powered-by']).toBeUndefined()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()

  const missing = await page.goto('/no-such-page')
  expect(missing?.status()).toBe(404)
})
