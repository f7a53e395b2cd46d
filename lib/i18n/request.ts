import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { messages } from '@/messages'
import { appFormats } from './formats'
import { LOCALE_COOKIE, TIME_ZONE_COOKIE, isLocale, validTimeZone, type Locale } from './locales'
import { negotiateLocale } from './negotiate'

/**
 * Each page's language, clock and time zone (next-intl reads this once per request). The language
 * is the signed-in person's choice, else the one this browser picked on a signed-out page, else
 * the browser's Accept-Language. Times show in the browser's own zone (TimeZoneCookie reports it).
 */
export default getRequestConfig(async () => {
  const [user, jar, head] = await Promise.all([getDashboardUser(), cookies(), headers()])
  const chosen = jar.get(LOCALE_COOKIE)?.value
  const locale: Locale = user?.locale ?? (isLocale(chosen) ? chosen : negotiateLocale(head.get('accept-language')))
  return {
    locale,
    messages: messages[locale],
    formats: appFormats(user?.hourCycle ?? null),
    timeZone: validTimeZone(jar.get(TIME_ZONE_COOKIE)?.value) ?? 'UTC',
  }
})
