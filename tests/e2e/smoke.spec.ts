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

  await page.emulateMedia({ colorScheme: 'light' })
  await signIn(page)
  const response = await page.goto('/')
  expect(response?.headers()['x-request-id']).toBeTruthy()
  expect(response?.headers()['x-powered-by']).toBeUndefined()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()

  // The overview reports the seeded data: a users figure, both charts, and the recent activity.
  const figures = page.getByRole('region', { name: 'Key figures' })
  await expect(figures.getByRole('group', { name: 'Users', exact: true })).toContainText(/Users\s*[1-9]\d*\s*\d+ active/)
  await expect(figures.getByRole('group', { name: 'Online now' })).toContainText('People connected now in an app or the dashboard')
  await expect(page.getByRole('table', { name: 'Booths by status' }).getByRole('row', { name: /Pending \d+/ })).toBeAttached()
  await expect(page.locator('.recharts-surface')).toHaveCount(2)
  await expect(page.getByRole('heading', { name: 'Recent activity' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/overview.png', fullPage: true })

  // A 404 keeps the dashboard's frame: the navigation stays, so the way back is one click.
  for (const path of ['/no-such-page', '/booths/00000000-0000-7000-8000-000000000000']) {
    const missing = await page.goto(path)
    expect(missing?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  }
})
