import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUDIT_ACTIONS } from '@/lib/services/audit/audit-actions'
import { describeChanges } from '@/lib/services/audit/audit-changes'
import { auditActionLabel } from '@/lib/services/audit/audit-wording'
import { describeAuditEntry, sentenceText, type AuditEntryToDescribe } from '@/lib/services/audit/describe-audit-entry'

const admin = { isAdmin: true }
const staff = { isAdmin: false }
const ADA = { id: '0190a000-0000-7000-8000-000000000001', name: 'Ada Admin', email: 'ada@example.test' }
const PAT = '0190a000-0000-7000-8000-000000000002'
const BOOTH = '0190a000-0000-7000-8000-000000000003'

const entry = (over: Partial<AuditEntryToDescribe>): AuditEntryToDescribe => ({
  action: 'user.deactivated',
  entityType: 'user',
  entityId: PAT,
  details: null,
  actor: ADA,
  ...over,
})

/** Every action literal written next to `action:` in the source that records audit entries. */
function actionsInSource(): string[] {
  const root = resolve(import.meta.dirname, '../../lib')
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.startsWith('generated'))
  const found = new Set<string>()
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8')
    if (!source.includes('recordAudit(')) continue
    for (const match of source.matchAll(/['`]((?:seed|settings|user|company|booth|room|message)\.[a-z_]+)['`]/g)) found.add(match[1]!)
  }
  return [...found]
}

describe('every audit action reads as a sentence', () => {
  it.each(AUDIT_ACTIONS)('%s', (action) => {
    const [area] = action.split('.')
    const entityType = area === 'booth' ? 'trade_booth' : area === 'message' ? 'message' : area === 'settings' ? 'settings' : area === 'seed' ? 'user' : area!
    const details = area === 'message' ? { room_id: BOOTH } : null
    const sentence = describeAuditEntry(entry({ action, entityType, details }), { name: 'Pat Plain', exists: true }, admin)
    const text = sentenceText(sentence)
    // Words, never the dotted code: a new action without wording shows its code and fails here.
    expect(text).not.toContain(action)
    expect(text).not.toMatch(/[a-z]+_[a-z]+/)
    expect(text.startsWith('Ada Admin ')).toBe(true)
    expect(auditActionLabel(action)).not.toContain('.')
  })

  it('covers every action the code records (grep of recordAudit callers)', () => {
    const recorded = actionsInSource()
    expect(recorded.length).toBeGreaterThan(20)
    for (const action of recorded) expect(AUDIT_ACTIONS, action).toContain(action)
  })
})

describe('the sentence of an entry', () => {
  it('names the actor and the record, linked for admins', () => {
    const sentence = describeAuditEntry(entry({}), { name: 'Pat Plain', exists: true, search: 'pat@example.test' }, admin)
    expect(sentenceText(sentence)).toBe('Ada Admin deactivated Pat Plain')
    expect(sentence.actor.href).toBe('/users?q=ada%40example.test')
    expect(sentence.record).toEqual({ label: 'Pat Plain', href: '/users?q=pat%40example.test', deleted: false })
    expect(sentence.tone).toBe('danger')
  })

  it('gives staff names and no links to the admins-only users page, never an email', () => {
    const sentence = describeAuditEntry(entry({ actor: { id: ADA.id, name: null } }), { name: 'Pat Plain', exists: true }, staff)
    expect(sentenceText(sentence)).toBe('An unnamed user deactivated Pat Plain')
    expect(sentence.actor.href).toBeNull()
    expect(sentence.record?.href).toBeNull()
    expect(JSON.stringify(sentence)).not.toContain('@')
  })

  it('links a booth to its page, and marks one that is gone as deleted (named from what was stored)', () => {
    const booth = entry({
      action: 'booth.accepted',
      entityType: 'trade_booth',
      entityId: BOOTH,
      details: { status_from: 'pending', status_to: 'accepted', reason: null },
    })
    const live = describeAuditEntry(booth, { name: 'Live demo — Northwind', exists: true }, staff)
    expect(sentenceText(live)).toBe('Ada Admin accepted Live demo — Northwind')
    expect(live.record?.href).toBe(`/booths/${BOOTH}`)
    expect(live.changes).toEqual([{ label: 'Status', from: 'pending', to: 'accepted' }])
    const gone = describeAuditEntry(booth, { name: 'Live demo — Northwind', exists: false }, staff)
    expect(sentenceText(gone)).toBe('Ada Admin accepted Live demo — Northwind (deleted)')
    expect(gone.record?.href).toBeNull()
  })

  it('says "their" when people act on their own account, and "System" for the seed', () => {
    const own = describeAuditEntry(entry({ action: 'user.password_changed', entityId: ADA.id }), { name: 'Ada Admin', exists: true }, admin)
    expect(sentenceText(own)).toBe('Ada Admin changed their password')
    const seed = describeAuditEntry(
      entry({ action: 'seed.first_admin', actor: null, details: { email: 'root@example.test' } }),
      { name: 'Administrator', exists: true },
      staff,
    )
    expect(sentenceText(seed)).toBe('System made Administrator the first administrator')
    expect(JSON.stringify(seed)).not.toContain('root@example.test')
  })

  it('re-opening reads with its suffix and reason', () => {
    const reopened = entry({
      action: 'booth.reopened',
      entityType: 'trade_booth',
      entityId: BOOTH,
      details: { status_from: 'rejected', status_to: 'pending', reason: 'Slot freed up' },
    })
    const sentence = describeAuditEntry(reopened, { name: 'Live demo', exists: true }, staff)
    expect(sentenceText(sentence)).toBe('Ada Admin re-opened Live demo for review')
    expect(sentence.changes).toEqual([
      { label: 'Status', from: 'rejected', to: 'pending' },
      { label: 'Reason', text: 'Slot freed up' },
    ])
  })

  it('names a deleted message by its room', () => {
    const message = entry({ action: 'message.deleted', entityType: 'message', entityId: 'm1', details: { room_id: BOOTH, author_id: PAT } })
    expect(sentenceText(describeAuditEntry(message, { name: 'Lobby', exists: true }, staff))).toBe('Ada Admin deleted a message in Lobby')
  })

  it('words an action it does not know without failing', () => {
    expect(sentenceText(describeAuditEntry(entry({ action: 'legacy.thing', entityType: 'legacy' }), null, admin))).toBe(
      'Ada Admin changed (legacy.thing) legacy',
    )
  })
})

describe('what changed, in words', () => {
  it('turns details into lines and leaves out nulls, ids and empty lists', () => {
    expect(describeChanges('user.role_changed', { from: 'user', to: 'staff' })).toEqual([{ label: 'Role', from: 'user', to: 'staff' }])
    expect(describeChanges('booth.rejected', { status_from: 'pending', status_to: 'rejected', reason: 'Too late' })).toEqual([
      { label: 'Status', from: 'pending', to: 'rejected' },
      { label: 'Reason', text: 'Too late' },
    ])
    expect(describeChanges('booth.updated', { status_from: 'accepted', status_to: 'accepted', schedule_changed: false, files: [] })).toEqual([])
    expect(describeChanges('booth.updated', { status_from: 'accepted', status_to: 'pending', schedule_changed: true, files: ['pdf'] })).toEqual([
      { label: 'Status', from: 'accepted', to: 'pending' },
      { label: 'Schedule', text: 'changed' },
      { label: 'Files replaced', text: 'PDF brochure' },
    ])
    expect(describeChanges('company.updated', { changed: ['name', 'image'], name: 'Acme' })).toEqual([{ label: 'Changed', text: 'name, logo' }])
    expect(describeChanges('settings.require_mfa_changed', { require_mfa_for_staff: true })).toEqual([
      { label: 'Two-step sign-in for staff', text: 'required' },
    ])
    expect(describeChanges('user.deleted', { self: false, role: 'admin', name: 'Pat' })).toEqual([{ label: 'Role', text: 'administrator' }])
    expect(describeChanges('message.deleted', { room_id: 'r', author_id: 'u' })).toEqual([])
    expect(describeChanges('booth.accepted', null)).toEqual([])
  })
})
