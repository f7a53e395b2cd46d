import { expect, test, type Cookie, type Page } from '@playwright/test'
import { ADMIN } from '../../../playwright.config'

// Sign-ins are limited per address (60 in 15 minutes, as in production) and every test runs from
// 127.0.0.1: the admin's session, made once, is reused by later tests of the worker while it is
// still good. Anyone else signs in afresh (a test may want two browsers of one person).
const sessions = new Map<string, Cookie[]>()

/** Whether the page's cookies open the dashboard (or, for a plain user, get the no-access answer rather than sign-in). */
async function stillSignedIn(page: Page): Promise<boolean> {
  const answer = await page.request.get('/profile', { maxRedirects: 0 })
  if (answer.status() === 200) return true
  return answer.status() >= 300 && answer.status() < 400 && /\/no-access/.test(answer.headers()['location'] ?? '')
}

/**
 * Signs the page's browser context in through NextAuth's own endpoints (csrf, then the credentials
 * callback), as the sign-in form does, without driving the form: for tests about something else.
 * The admin's session from an earlier test of this worker is reused while it is live (a test that
 * ends it simply causes a fresh sign-in next time).
 */
export async function signIn(page: Page, who: { email: string; password: string } = ADMIN): Promise<void> {
  const reuse = who.email === ADMIN.email
  const key = `${test.info().project.use.baseURL ?? ''}|${who.email}`
  const saved = reuse ? sessions.get(key) : undefined
  if (saved) {
    await page.context().addCookies(saved)
    if (await stillSignedIn(page)) return
    sessions.delete(key)
    await page.context().clearCookies()
  }
  const csrf = await page.request.get('/api/session/csrf')
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await page.request.post('/api/session/callback/credentials', {
    form: { csrfToken, email: who.email, password: who.password, json: 'true' },
  })
  expect(response.ok(), `sign-in of ${who.email}`).toBe(true)
  const cookies = await page.context().cookies()
  expect(cookies.some((cookie) => cookie.name.endsWith('next-auth.session-token'))).toBe(true)
  if (reuse)
    sessions.set(
      key,
      cookies.filter((cookie) => cookie.name.includes('next-auth')),
    )
}
