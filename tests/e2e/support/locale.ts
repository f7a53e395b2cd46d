import { expect, test, type Page } from '@playwright/test'
import { LOCALE_COOKIE, type Locale } from '../../../lib/i18n/locales'

/**
 * Shows this page's pages in a language, as a browser that picked it on the sign-in page does
 * (the locale cookie). It does not touch the account, so the admin's session shared by later
 * tests stays in English: a test that changes a person's own language must use its own user.
 */
export async function useLocale(page: Page, locale: Locale): Promise<void> {
  const url = test.info().project.use.baseURL
  if (!url) throw new Error('useLocale needs the project baseURL')
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url }])
}

/** The page is laid out right to left and says so to assistive tech. */
export async function expectRightToLeft(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
}
