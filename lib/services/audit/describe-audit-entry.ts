import { isAuditAction } from './audit-actions'
import { describeChanges, type AuditChange } from './audit-changes'
import { AUDIT_WORDING, type AuditTone, type AuditWording } from './audit-wording'

export type { AuditChange } from './audit-changes'

/** A person or record as a sentence names it, with where it is shown in the dashboard (if anywhere). */
export interface AuditPart {
  label: string
  href: string | null
}

/**
 * An audit entry as a sentence, in parts rather than markup: "<actor> <verb> <record> <suffix>",
 * then what changed. Each view lays the parts out itself (links, emphasis), and a translation can
 * reword them by `action`.
 */
export interface AuditSentence {
  action: string
  tone: AuditTone
  /** Who acted; `href` null for the system, a deleted account, or a viewer who may not open users. */
  actor: AuditPart
  verb: string
  /** Null when the entry concerns no record, or the actor's own account (the verb says "their"). */
  record: (AuditPart & { deleted: boolean }) | null
  suffix: string | null
  changes: AuditChange[]
}

/** What the entry points at, as the database knows it now (audit-record-names.ts). */
export interface RecordName {
  /** The record's name now, or as an entry stored it once it was deleted; null when nobody recorded one. */
  name: string | null
  exists: boolean
  /** What finds a user on the users page: the email (admins only; names repeat). */
  search?: string | null
}

export interface AuditEntryToDescribe {
  action: string
  entityType: string
  entityId: string | null
  details: unknown
  /** Null for the system, or once the actor's account is deleted. `email` only for admins. */
  actor: { id: string; name: string | null; email?: string | null } | null
}

/** Who reads: only administrators see emails and may open the users page. */
export interface AuditViewer {
  isAdmin: boolean
}

const UNKNOWN: AuditWording = { verb: 'changed', tone: 'neutral' }

const NO_NAME: Record<string, string> = {
  user: 'an unnamed user',
  trade_booth: 'a booth',
  company: 'a company',
  room: 'a room',
  message: 'a room',
}

/** Where a record is shown: a booth, company or room page; users on the users page (admins only). */
function recordHref(type: string, id: string, search: string | null, viewer: AuditViewer): string | null {
  if (type === 'trade_booth') return `/booths/${id}`
  if (type === 'company') return `/companies/${id}`
  if (type === 'room') return `/rooms/${id}`
  if (type === 'user') return viewer.isAdmin && search ? `/users?q=${encodeURIComponent(search)}` : null
  return null
}

const detailsOf = (details: unknown): Record<string, unknown> =>
  typeof details === 'object' && details !== null && !Array.isArray(details) ? (details as Record<string, unknown>) : {}

/**
 * The record an entry is about, for naming: a deleted message is named by its room. Exported for
 * audit-record-names.ts, which looks the names up.
 */
export function recordOf(entry: Pick<AuditEntryToDescribe, 'entityType' | 'entityId' | 'details'>): { type: string; id: string } | null {
  if (entry.entityType === 'message') {
    const room = detailsOf(entry.details).room_id
    return typeof room === 'string' ? { type: 'room', id: room } : null
  }
  return entry.entityId ? { type: entry.entityType, id: entry.entityId } : null
}

function actorPart(entry: AuditEntryToDescribe, viewer: AuditViewer): AuditPart {
  if (!entry.actor) return { label: entry.action.startsWith('seed.') ? 'System' : 'System or a deleted account', href: null }
  const label = entry.actor.name ?? (viewer.isAdmin ? entry.actor.email : null) ?? 'An unnamed user'
  // By email where the viewer has it: names repeat, emails do not.
  const search = entry.actor.email ?? entry.actor.name ?? null
  return { label, href: viewer.isAdmin && search ? `/users?q=${encodeURIComponent(search)}` : null }
}

/** The sentence for one entry, as `viewer` may read it (names for staff, never emails). */
export function describeAuditEntry(entry: AuditEntryToDescribe, name: RecordName | null, viewer: AuditViewer): AuditSentence {
  const wording = isAuditAction(entry.action) ? AUDIT_WORDING[entry.action] : UNKNOWN
  const onSelf = entry.entityType === 'user' && entry.actor !== null && entry.entityId === entry.actor.id && wording.self !== undefined
  const target = recordOf(entry)
  let record: AuditSentence['record'] = null
  if (!onSelf && wording.record !== false && target) {
    // Only the kinds of record the dashboard knows can be found gone; a deletion says so in its verb.
    const known = target.type in NO_NAME && !entry.action.endsWith('.deleted')
    const exists = name?.exists ?? false
    const label = name?.name ?? NO_NAME[target.type] ?? target.type.replaceAll('_', ' ')
    record = { label, href: exists ? recordHref(target.type, target.id, name?.search ?? name?.name ?? null, viewer) : null, deleted: known && !exists }
  }
  return {
    action: entry.action,
    tone: wording.tone,
    actor: actorPart(entry, viewer),
    verb: onSelf ? wording.self! : wording === UNKNOWN ? `${wording.verb} (${entry.action})` : wording.verb,
    record,
    suffix: onSelf ? null : (wording.suffix ?? null),
    changes: describeChanges(entry.action, entry.details),
  }
}

/** The sentence as plain text, e.g. for a title attribute or a test: "Ada accepted Live demo — Northwind". */
export function sentenceText(sentence: AuditSentence): string {
  const record = sentence.record ? ` ${sentence.record.label}${sentence.record.deleted ? ' (deleted)' : ''}` : ''
  return `${sentence.actor.label} ${sentence.verb}${record}${sentence.suffix ? ` ${sentence.suffix}` : ''}`
}
