import { createTranslator } from 'next-intl'

import type { Locale } from '@/lib/i18n/locales'
import en from '@/messages/en/errors.json'
import ar from '@/messages/ar/errors.json'

/*
 * Validation and API messages are worded in English once, where schemas and services state them
 * (the API's wire format keeps that English). The dashboard shows them in the viewer's language:
 * each known English message has a key in messages/<locale>/errors.json whose English value is that
 * very message, and the few messages with a number in them are matched by pattern. English is
 * returned untouched; a message with no key shows the fallback, so nothing English slips through.
 */

type Group = 'validation' | 'api'
export type MessageKey = `validation.${keyof typeof en.validation}` | `api.${keyof typeof en.api}`
type Values = Record<string, number>

const catalogs: Record<Locale, typeof en> = { en, ar }

/** Every message already in a language, to pass it through when it is localized twice (server, then browser). */
const valuesOf = (tree: object): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : valuesOf(value as object)))
const translated: ReadonlyMap<Locale, ReadonlySet<string>> = new Map(
  (Object.entries(catalogs) as Array<[Locale, typeof en]>).map(([locale, catalog]) => [locale, new Set(valuesOf(catalog))]),
)

const exact: ReadonlyMap<string, MessageKey> = new Map(
  (['validation', 'api'] as const satisfies Group[]).flatMap((group) =>
    Object.entries(en[group])
      .filter(([, text]) => !text.includes('{'))
      .map(([key, text]): [string, MessageKey] => [text, `${group}.${key}` as MessageKey]),
  ),
)

const patterns: Array<[RegExp, (match: RegExpMatchArray) => [MessageKey, Values?]]> = [
  [/^At most (\d+) characters$/, (m) => ['validation.atMost', { max: Number(m[1]) }]],
  [/^Too big: expected string to have <=(\d+) characters$/, (m) => ['validation.atMost', { max: Number(m[1]) }]],
  [/^Use at least (\d+) characters$/, (m) => ['validation.useAtLeast', { min: Number(m[1]) }]],
  [/^Use at most (\d+) characters$/, (m) => ['validation.useAtMost', { max: Number(m[1]) }]],
  [/^Use a time like /, () => ['validation.useTime']],
  [/^Too many requests\. Try again in (\d+) seconds\.$/, (m) => ['api.tooManyIn', { seconds: Number(m[1]) }]],
  [/^Something went wrong\. Try again/, () => ['api.generic']],
]

/** `message` (English, from a schema or a service) in `locale`; `fallback` when it has no translation. */
export function localizeMessage(message: string, locale: Locale, fallback: MessageKey = 'validation.invalid'): string {
  if (locale === 'en') return message
  // Already in this language (worded by a server action, or localized once on the server).
  if (translated.get(locale)?.has(message) || !/[A-Za-z]/.test(message)) return message
  const t = createTranslator({ locale, messages: catalogs[locale] as never, formats: undefined }) as unknown as (key: string, values?: Values) => string
  const key = exact.get(message)
  if (key) return t(key)
  for (const [pattern, toKey] of patterns) {
    const match = message.match(pattern)
    if (match) {
      const [found, values] = toKey(match)
      return t(found, values)
    }
  }
  return t(fallback)
}

/** Every message of a field-error map, localized. */
export function localizeFieldErrors(errors: Record<string, string[]>, locale: Locale): Record<string, string[]> {
  if (locale === 'en') return errors
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map((message) => localizeMessage(message, locale))]))
}
