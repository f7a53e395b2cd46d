import type { Locale } from '@/lib/i18n/locales'

/** Where a request came from, for limits, logs and audit entries. Every field is optional for non-HTTP callers. */
export interface AuthRequestMeta {
  ip?: string | null
  userAgent?: string | null
  requestId?: string | null
  /**
   * The request's language (its Accept-Language): the language of a mail to an address that has no
   * account yet (a registration's code). A mail to an account speaks the account's language instead.
   */
  locale?: Locale
}

/** Emails are compared lower-cased and trimmed, as the schemas normalise them; services may be called without a schema. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase()
