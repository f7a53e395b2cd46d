/**
 * A value in what an entry changed, in parts a view words in its reader's language
 * (lib/services/audit/audit-text.ts): a known term (`status.pending` → "pending"), a list of
 * terms, a count, a time, or text the entry stored as is (a reason, a device).
 */
export type AuditValue = { term: AuditTerm } | { terms: AuditTerm[] } | { count: number } | { time: string } | { text: string }

/** One line of what an entry changed: "Status: pending → accepted", or a fact ("Reason: …"). */
export interface AuditChange {
  field: AuditField
  from?: AuditValue
  to?: AuditValue
  /** The value when the entry states it rather than a before/after pair. */
  value?: AuditValue
}

export type AuditField =
  | 'status'
  | 'role'
  | 'reason'
  | 'schedule'
  | 'filesReplaced'
  | 'filesRemoved'
  | 'changed'
  | 'boothsDeleted'
  | 'mfaForStaff'
  | 'done'
  | 'via'
  | 'device'
  | 'signInsEnded'
  | 'codesLeft'
  | 'passkey'
  | 'password'
  | 'mutedUntil'
  | 'muted'

// The values with words of their own (messages audit.changes.term.*); any other value is shown as stored.
const TERMS = {
  status: ['pending', 'accepted', 'rejected'],
  role: ['user', 'staff', 'admin'],
  file: ['image', 'pdf', 'docx'],
  field: ['name', 'location', 'size', 'image'],
  via: ['link', 'code', 'otp', 'google'],
} as const
type TermGroup = keyof typeof TERMS
export type AuditTerm =
  | { [G in TermGroup]: `${G}.${(typeof TERMS)[G][number]}` }[TermGroup]
  | 'schedule.changed'
  | 'mfa.required'
  | 'mfa.optional'
  | 'done.bulk'
  | 'password.cleared'
  | 'muted.indefinitely'

type Details = Record<string, unknown>

const asText = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)
const termOf = (group: TermGroup, value: string): AuditTerm | null =>
  (TERMS[group] as readonly string[]).includes(value) ? (`${group}.${value}` as AuditTerm) : null
const named = (group: TermGroup, value: string): AuditValue => {
  const term = termOf(group, value)
  return term ? { term } : { text: value }
}
function list(value: unknown, group: TermGroup): AuditValue | null {
  if (!Array.isArray(value) || !value.length) return null
  const items = value.map((item) => named(group, String(item)))
  // All known: worded as a list in the reader's language; else as stored, with known words where there are some.
  return items.every((item) => 'term' in item) ? { terms: items.map((item) => (item as { term: AuditTerm }).term) } : { text: value.map(String).join(', ') }
}

/**
 * What an entry's details say changed, as fields and values; keys that only identify (ids, the
 * record's own name), empty values and nulls are left out, so raw JSON never reaches the page.
 */
export function describeChanges(action: string, details: unknown): AuditChange[] {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return []
  const d = details as Details
  const changes: AuditChange[] = []
  const push = (change: AuditChange | null) => void (change && changes.push(change))

  const statusFrom = asText(d.status_from)
  const statusTo = asText(d.status_to)
  if (statusFrom && statusTo && statusFrom !== statusTo) push({ field: 'status', from: named('status', statusFrom), to: named('status', statusTo) })
  else if (!statusFrom && asText(d.status)) push({ field: 'status', value: named('status', String(d.status)) })
  const roleFrom = asText(d.from)
  const roleTo = asText(d.to)
  if (roleFrom && roleTo) push({ field: 'role', from: named('role', roleFrom), to: named('role', roleTo) })
  else if (asText(d.role)) push({ field: 'role', value: named('role', String(d.role)) })
  if (asText(d.reason)) push({ field: 'reason', value: { text: String(d.reason) } })
  if (d.schedule_changed === true) push({ field: 'schedule', value: { term: 'schedule.changed' } })
  const files = list(d.files, 'file')
  if (files) push({ field: 'filesReplaced', value: files })
  const changed = list(d.changed, 'field')
  if (changed) push({ field: 'changed', value: changed })
  // A booth names the files it lost (files_removed), a company its removed logo (removed: ['image']).
  const removed = list(d.files_removed ?? d.removed, 'file')
  if (removed) push({ field: 'filesRemoved', value: removed })
  if (typeof d.booths === 'number' && d.booths > 0) push({ field: 'boothsDeleted', value: { count: d.booths } })
  if (typeof d.require_mfa_for_staff === 'boolean') push({ field: 'mfaForStaff', value: { term: d.require_mfa_for_staff ? 'mfa.required' : 'mfa.optional' } })
  if (d.bulk === true) push({ field: 'done', value: { term: 'done.bulk' } })
  if (asText(d.via)) push({ field: 'via', value: named('via', String(d.via)) })
  if (asText(d.device)) push({ field: 'device', value: { text: String(d.device) } })
  if (typeof d.ended === 'number') push({ field: 'signInsEnded', value: { count: d.ended } })
  if (typeof d.codes_left === 'number') push({ field: 'codesLeft', value: { count: d.codes_left } })
  if (action.startsWith('user.passkey_') && asText(d.name)) push({ field: 'passkey', value: { text: String(d.name) } })
  if (d.password_cleared === true) push({ field: 'password', value: { term: 'password.cleared' } })
  if (asText(d.until) && !Number.isNaN(Date.parse(String(d.until)))) push({ field: 'mutedUntil', value: { time: new Date(String(d.until)).toISOString() } })
  else if ('until' in d && d.until === null) push({ field: 'muted', value: { term: 'muted.indefinitely' } })
  return changes
}
