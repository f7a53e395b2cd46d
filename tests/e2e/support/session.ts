import { expect, type Page } from '@playwright/test'
import { ADMIN } from '../../../playwright.config'

/**
 * Signs the page's browser context in through NextAuth's own endpoints (csrf, then the credentials
 * callback), as the sign-in form does, without driving the form: for tests about something else.
 */
export async function signIn(page: Page, who: { email: string; password: string } = ADMIN): Promise<void> {
  const csrf = await page.request.get('/api/session/csrf')
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await page.request.post('/api/session/callback/credentials', {
    form: { csrfToken, email: who.email, password: who.password, json: 'true' },
  })
  expect(response.ok(), `sign-in of ${who.email}`).toBe(true)
  const cookies = await page.context().cookies()
  expect(cookies.some((cookie) => cookie.name.endsWith('next-auth.session-token'))).toBe(true)
}
