'use server'

import { cookies, headers } from 'next/headers'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { heldForSecondFactor } from '@/lib/auth/dashboard-action'
import { LOCALE_COOKIE, isLocale } from '@/lib/i18n/locales'
import { preferencesSchema } from '@/lib/schemas/preferences'
import { updatePreferences } from '@/lib/services/users/update-preferences'

const YEAR = 60 * 60 * 24 * 365

async function rememberInBrowser(locale: string | null) {
  const jar = await cookies()
  const secure = (await headers()).get('x-forwarded-proto') === 'https'
  if (locale) jar.set(LOCALE_COOKIE, locale, { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: true, secure })
  else jar.delete(LOCALE_COOKIE)
}

/** The language of a signed-out page (sign-in, password reset): kept in this browser only. */
export async function chooseLocaleAction(locale: string): Promise<{ ok: boolean }> {
  if (!isLocale(locale)) return { ok: false }
  await rememberInBrowser(locale)
  return { ok: true }
}

/**
 * The signed-in person's language and clock, stored on their account (their mails follow it too)
 * and in this browser, so the sign-in page after signing out speaks the same language.
 */
export async function savePreferencesAction(values: unknown): Promise<{ ok: boolean }> {
  const user = await getDashboardUser()
  if (!user || (await heldForSecondFactor(user))) return { ok: false }
  const input = preferencesSchema.safeParse(values)
  if (!input.success) return { ok: false }
  await updatePreferences(user.id, input.data)
  await rememberInBrowser(input.data.locale)
  return { ok: true }
}
