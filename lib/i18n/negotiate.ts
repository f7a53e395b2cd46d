import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales'

/** The best of our languages for an `Accept-Language` header (`ar-EG,ar;q=0.9` → ar), else English. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE
  const wanted = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages().filter((tag) => tag !== '*')
  try {
    return match(wanted, LOCALES, DEFAULT_LOCALE) as Locale
  } catch {
    // A malformed tag makes the matcher throw; such a header says nothing usable.
    return DEFAULT_LOCALE
  }
}
