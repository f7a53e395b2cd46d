import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl'
import { messages, type Messages } from '@/messages'
import { appFormats } from './formats'
import type { Locale } from './locales'

/**
 * Messages outside a page render (mails, anything a service words for a person), in a language
 * chosen by the caller: a mail follows its recipient's language, not the sender's page.
 */
export function translator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: N, timeZone = 'UTC') {
  return createTranslator({ locale, messages: messages[locale], namespace, formats: appFormats(null), timeZone })
}
