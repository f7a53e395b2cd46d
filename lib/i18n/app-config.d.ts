import type { Messages } from '@/messages'
import type { AppFormats } from './formats'
import type { Locale } from './locales'

// Typed keys: `t('users.titel')` or a format name that does not exist is a compile error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
    Formats: AppFormats
  }
}
