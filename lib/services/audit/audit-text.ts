import type { AuditChange, AuditValue } from './audit-changes'
import type { AuditSentence } from './describe-audit-entry'

/*
 * An audit entry's words, in the reader's language: the service hands over parts (who, which
 * action, what, the changes), and these functions word them with the messages of the `audit`
 * namespace. The pages pass their own translator; audit-plain-text.ts words plain text (tests, logs)
 * without a page. No messages are imported here: this runs in the browser too.
 */

type Values = Record<string, string | number | ((chunks: string) => string)>
/** The `audit` namespace's translator, loosely typed: these keys are built from action codes. */
export interface AuditT {
  (key: string, values?: Record<string, string | number>): string
  markup(key: string, values?: Values): string
  has(key: string): boolean
}
/** What of next-intl's formatter the words need. */
export interface AuditFormat {
  dateTime(value: Date, format: 'recent'): string
  number(value: number): string
}

/** next-intl's typed translator of the `audit` namespace as the loose one these functions take. */
export const auditT = (t: unknown): AuditT => t as AuditT
export const auditFormat = (format: unknown): AuditFormat => format as AuditFormat

/** The message that words a sentence; its arguments are `who`, `what` (and `action`) and its tags `<actor>` and `<record>`. */
export function sentenceKey(sentence: AuditSentence): string {
  if (!sentence.known) return 'unknown'
  return `${sentence.self ? 'self' : 'sentence'}.${sentence.action}`
}

/** The actor's name, or what stands for one ("System", "An unnamed user"). */
export function actorName(sentence: AuditSentence, t: AuditT): string {
  const { actor } = sentence
  if (actor.kind !== 'person') return t(`actor.${actor.kind}`)
  return actor.name ?? t('actor.unnamed')
}

/** The record's name, or what stands for one ("a booth"). */
export function recordName(sentence: AuditSentence, t: AuditT): string {
  const record = sentence.record
  if (!record) return ''
  if (record.name) return record.name
  return t.has(`noName.${record.type}`) ? t(`noName.${record.type}`) : record.type.replaceAll('_', ' ')
}

/** The arguments of a sentence's message (its tags are the caller's: links, emphasis). */
export const sentenceValues = (sentence: AuditSentence, t: AuditT) => ({ who: actorName(sentence, t), what: recordName(sentence, t), action: sentence.action })

/** A value of a change in words: "pending", "name, logo", "3", a time in the reader's zone. */
export function valueText(value: AuditValue, t: AuditT, format: AuditFormat): string {
  if ('term' in value) return t(`changes.term.${value.term}`)
  if ('terms' in value) return value.terms.map((term) => t(`changes.term.${term}`)).join(t('changes.listSeparator'))
  if ('count' in value) return format.number(value.count)
  if ('time' in value) return format.dateTime(new Date(value.time), 'recent')
  return value.text
}

/** A change as one line of text: "Status: pending → accepted". */
export function changeText(change: AuditChange, t: AuditT, format: AuditFormat): string {
  const label = t(`changes.field.${change.field}`)
  if (change.from && change.to) return `${label}: ${valueText(change.from, t, format)} ${t('changes.arrow')} ${valueText(change.to, t, format)}`
  return `${label}: ${change.value ? valueText(change.value, t, format) : ''}`
}

/** An action for the audit page's filter menu: `booth.accepted` → "Booth · accepted". */
export function actionLabel(action: string, t: AuditT): string {
  if (t.has(`actionLabel.${action}`)) return t(`actionLabel.${action}`)
  const [area = '', ...rest] = action.split('.')
  return t('otherAction', { area: t.has(`area.${area}`) ? t(`area.${area}`) : area, action: rest.join('.').replaceAll('_', ' ') })
}
