/** The languages the dashboard and the mails speak. English is the fallback for anything unknown. */
export const LOCALES = ['en', 'ar'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** The 12- or 24-hour clock a person may prefer over their language's custom. */
export const HOUR_CYCLES = ['h12', 'h23'] as const
export type HourCycle = (typeof HOUR_CYCLES)[number]

/** Where a signed-out browser keeps its chosen language, and where every browser tells its time zone. */
export const LOCALE_COOKIE = 'vicross-locale'
export const TIME_ZONE_COOKIE = 'vicross-tz'

/** Each language's own name, shown in the language pickers in that language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ar: 'العربية' }

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
export const isHourCycle = (value: unknown): value is HourCycle => typeof value === 'string' && (HOUR_CYCLES as readonly string[]).includes(value)

/** Writing direction, for `<html dir>`: Arabic reads right to left. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr')

/** A stored or sent locale as one we speak, else English (an unknown value never fails a mail). */
export const localeOr = (value: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale => (isLocale(value) ? value : fallback)

/** An IANA time zone this runtime knows, else null (a browser's cookie is untrusted input). */
export function validTimeZone(value: string | null | undefined): string | null {
  if (!value || value.length > 64) return null
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone
  } catch {
    return null
  }
}
