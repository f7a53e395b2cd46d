import { createFormatter } from 'next-intl'
import { appFormats } from '@/lib/i18n/formats'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/translator'
import { auditFormat, auditT, changeText, sentenceKey, sentenceValues } from './audit-text'
import type { AuditSentence } from './describe-audit-entry'

// Plain-text audit words outside a page (tests, logs): they load every language's messages, so
// they stay on the server; the pages word sentences with their own translator (audit-text.ts).

/** The whole sentence as plain text, in `locale` (English by default): "Ada accepted Live demo — Northwind". */
export function sentenceText(sentence: AuditSentence, locale: Locale = 'en'): string {
  const t = auditT(translator(locale, 'audit'))
  const deleted = sentence.record?.deleted ? ` ${t('deleted')}` : ''
  return t.markup(sentenceKey(sentence), { ...sentenceValues(sentence, t), actor: (chunks) => chunks, record: (chunks) => `${chunks}${deleted}` })
}

/** The changes as plain text lines, in `locale` (times in UTC). */
export function changesText(sentence: AuditSentence, locale: Locale = 'en'): string[] {
  const t = auditT(translator(locale, 'audit'))
  const format = auditFormat(createFormatter({ locale, timeZone: 'UTC', formats: appFormats(null) }))
  return sentence.changes.map((change) => changeText(change, t, format))
}
