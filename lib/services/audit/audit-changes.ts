/** One line of what an entry changed: "Status: pending → accepted", or a fact ("Reason: …"). */
export interface AuditChange {
  label: string
  from?: string
  to?: string
  /** The value when the entry states it rather than a before/after pair. */
  text?: string
}

type Details = Record<string, unknown>

const STATUS: Record<string, string> = { pending: 'pending', accepted: 'accepted', rejected: 'rejected' }
const ROLE: Record<string, string> = { user: 'user', staff: 'staff', admin: 'administrator' }
const FILE: Record<string, string> = { image: 'image', pdf: 'PDF brochure', docx: 'Word document' }
const FIELD: Record<string, string> = { name: 'name', location: 'location', size: 'size', image: 'logo' }
const VIA: Record<string, string> = { link: 'the emailed link', code: 'an emailed code', otp: 'an emailed code', google: 'Google' }

const asText = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)
const list = (value: unknown, names: Record<string, string>): string | null =>
  Array.isArray(value) && value.length ? value.map((item) => names[String(item)] ?? String(item)).join(', ') : null

// UTC, as every time on the audit page and the overview.
const utc = (value: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(value),
  )

/**
 * What an entry's details say changed, in words; keys that only identify (ids, the record's own
 * name), empty values and nulls are left out, so raw JSON never reaches the page.
 */
export function describeChanges(action: string, details: unknown): AuditChange[] {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return []
  const d = details as Details
  const changes: AuditChange[] = []
  const push = (change: AuditChange | null) => void (change && changes.push(change))

  const statusFrom = asText(d.status_from)
  const statusTo = asText(d.status_to)
  if (statusFrom && statusTo && statusFrom !== statusTo) push({ label: 'Status', from: STATUS[statusFrom] ?? statusFrom, to: STATUS[statusTo] ?? statusTo })
  else if (!statusFrom && asText(d.status)) push({ label: 'Status', text: STATUS[String(d.status)] ?? String(d.status) })
  const roleFrom = asText(d.from)
  const roleTo = asText(d.to)
  if (roleFrom && roleTo) push({ label: 'Role', from: ROLE[roleFrom] ?? roleFrom, to: ROLE[roleTo] ?? roleTo })
  else if (asText(d.role)) push({ label: 'Role', text: ROLE[String(d.role)] ?? String(d.role) })
  if (asText(d.reason)) push({ label: 'Reason', text: String(d.reason) })
  if (d.schedule_changed === true) push({ label: 'Schedule', text: 'changed' })
  push(list(d.files, FILE) ? { label: 'Files replaced', text: list(d.files, FILE)! } : null)
  push(list(d.changed, FIELD) ? { label: 'Changed', text: list(d.changed, FIELD)! } : null)
  if (typeof d.booths === 'number' && d.booths > 0) push({ label: 'Booths deleted with it', text: String(d.booths) })
  if (typeof d.require_mfa_for_staff === 'boolean') push({ label: 'Two-step sign-in for staff', text: d.require_mfa_for_staff ? 'required' : 'optional' })
  if (d.bulk === true) push({ label: 'Done', text: 'in a bulk action' })
  if (asText(d.via)) push({ label: 'Via', text: VIA[String(d.via)] ?? String(d.via) })
  if (asText(d.device)) push({ label: 'Device', text: String(d.device) })
  if (typeof d.ended === 'number') push({ label: 'Sign-ins ended', text: String(d.ended) })
  if (typeof d.codes_left === 'number') push({ label: 'Recovery codes left', text: String(d.codes_left) })
  if (action.startsWith('user.passkey_') && asText(d.name)) push({ label: 'Passkey', text: String(d.name) })
  if (d.password_cleared === true) push({ label: 'Password', text: 'cleared (the address had not been verified)' })
  if (asText(d.until)) push({ label: 'Muted until', text: `${utc(String(d.until))} UTC` })
  else if ('until' in d && d.until === null) push({ label: 'Muted', text: 'until further notice' })
  return changes
}
