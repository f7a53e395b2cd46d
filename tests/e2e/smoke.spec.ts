import { expect, test } from '@playwright/test'

// One real journey through the production build: the product is up, its database reachable,
// and a visitor can get from the dashboard to the sign-in page and back.
test('the dashboard and the sign-in page are served, with the database ready', async ({ page, request }) => {
  const health = await request.get('/api/health')
  expect(health.status()).toBe(200)
  expect(await health.json()).toMatchObject({ status: 200, data: { ready: true, database: 'up' } })

  const response = await page.goto('/')
  expect(response?.headers()['x-request-id']).toBeTruthy()
  expect(response?.headers()['x-powered-by']).toBeUndefined()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()

  await page.goto('/sign-in')
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByLabel('Password')).toBeVisible()

  const missing = await page.goto('/no-such-page')
  expect(missing?.status()).toBe(404)
})
