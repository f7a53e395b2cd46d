import { isAuditAction, type AuditAction } from './audit-actions'
import { describeChanges, type AuditChange } from './audit-changes'
import { AUDIT_WORDING, type AuditTone } from './audit-wording'

export type { AuditChange, AuditValue, AuditField, AuditTerm } from './audit-changes'

/** A person or record as a sentence names it (null: it has no name), with where it is shown in the dashboard (if anywhere). */
export interface AuditPart {
  name: string | null
  href: string | null
}

/**
 * An audit entry as a sentence, in parts rather than words: who (`actor`), which kind of entry
 * (`action`, worded by the message audit.sentence.<action>, or audit.self.<action> when `self`),
 * about what (`record`), then what changed. The words are the reader's language, chosen where the
 * sentence is shown (audit-text.ts, components/audit/audit-sentence.tsx); the service stays
 * language-free.
 */
export interface AuditSentence {
  action: string
  /** The action has words of its own (false: a code from before, worded generically with its code). */
  known: boolean
  /** The actor acted on their own account: the sentence says "their" and leaves the record out. */
  self: boolean
  tone: AuditTone
  /** Who acted; `kind` tells the system and deleted accounts apart; `href` null where the viewer may not open users. */
  actor: AuditPart & { kind: 'person' | 'system' | 'systemOrDeleted' }
  /** Null when the entry concerns no record, or the actor's own account. `type`: the record's kind (`trade_booth`). */
  record: (AuditPart & { type: string; deleted: boolean }) | null
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

/** The kinds of record the dashboard knows (and can find gone). */
const KNOWN_TYPES: ReadonlySet<string> = new Set(['user', 'trade_booth', 'company', 'room'])

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

function actorPart(entry: AuditEntryToDescribe, viewer: AuditViewer): AuditSentence['actor'] {
  if (!entry.actor) return { kind: entry.action.startsWith('seed.') ? 'system' : 'systemOrDeleted', name: null, href: null }
  const name = entry.actor.name ?? (viewer.isAdmin ? entry.actor.email : null) ?? null
  // By email where the viewer has it: names repeat, emails do not.
  const search = entry.actor.email ?? entry.actor.name ?? null
  return { kind: 'person', name, href: viewer.isAdmin && search ? `/users?q=${encodeURIComponent(search)}` : null }
}

/** The sentence for one entry, as `viewer` may read it (names for staff, never emails). */
export function describeAuditEntry(entry: AuditEntryToDescribe, name: RecordName | null, viewer: AuditViewer): AuditSentence {
  const known = isAuditAction(entry.action)
  const wording = known ? AUDIT_WORDING[entry.action as AuditAction] : { tone: 'neutral' as const }
  const self = entry.entityType === 'user' && entry.actor !== null && entry.entityId === entry.actor.id && wording.self === true
  const target = recordOf(entry)
  let record: AuditSentence['record'] = null
  if (!self && wording.record !== false) {
    if (target) {
      // Only the kinds of record the dashboard knows can be found gone; a deletion says so in its words.
      const exists = name?.exists ?? false
      const deleted = KNOWN_TYPES.has(target.type) && !entry.action.endsWith('.deleted') && !exists
      record = {
        type: target.type,
        name: name?.name ?? null,
        href: exists ? recordHref(target.type, target.id, name?.search ?? name?.name ?? null, viewer) : null,
        deleted,
      }
    } else record = { type: entry.entityType === 'message' ? 'room' : entry.entityType, name: null, href: null, deleted: false }
  }
  return {
    action: entry.action,
    known,
    self,
    tone: wording.tone,
    actor: actorPart(entry, viewer),
    record,
    changes: describeChanges(entry.action, entry.details),
  }
}

/** The sentence as plain English text, e.g. for a log or a test: "Ada accepted Live demo — Northwind" (audit-text.ts words it in any language). */
export { sentenceText } from './audit-plain-text'
