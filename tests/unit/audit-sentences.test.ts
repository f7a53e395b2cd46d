import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUDIT_ACTIONS } from '@/lib/services/audit/audit-actions'
import { describeChanges } from '@/lib/services/audit/audit-changes'
import { actionLabel, auditT } from '@/lib/services/audit/audit-text'
import { changesText } from '@/lib/services/audit/audit-plain-text'
import { AUDIT_WORDING } from '@/lib/services/audit/audit-wording'
import { describeAuditEntry, sentenceText, type AuditEntryToDescribe } from '@/lib/services/audit/describe-audit-entry'
import { translator } from '@/lib/i18n/translator'
import { messages } from '@/messages'

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

const entityTypeOf = (area: string) =>
  area === 'booth' ? 'trade_booth' : area === 'message' ? 'message' : area === 'settings' ? 'settings' : area === 'seed' ? 'user' : area

describe('every audit action reads as a sentence, in every language', () => {
  it.each(AUDIT_ACTIONS)('%s', (action) => {
    const [area, verb] = action.split('.') as [string, string]
    const details = area === 'message' ? { room_id: BOOTH } : null
    const sentence = describeAuditEntry(entry({ action, entityType: entityTypeOf(area), details }), { name: 'Pat Plain', exists: true }, admin)
    const own = describeAuditEntry(entry({ action, entityType: entityTypeOf(area), entityId: ADA.id, details }), { name: 'Ada Admin', exists: true }, admin)
    for (const locale of ['en', 'ar'] as const) {
      const audit = messages[locale].audit as unknown as Record<string, Record<string, Record<string, string>>>
      // A message of its own for the action (and for acting on one's own account where it has one): not the generic wording.
      expect(audit.sentence?.[area]?.[verb], `${locale} audit.sentence.${action}`).toContain('<actor>{who}</actor>')
      if (AUDIT_WORDING[action].self) expect(audit.self?.[area]?.[verb], `${locale} audit.self.${action}`).toContain('<actor>{who}</actor>')
      expect(audit.actionLabel?.[area]?.[verb], `${locale} audit.actionLabel.${action}`).toBeTruthy()
      for (const text of [sentenceText(sentence, locale), sentenceText(own, locale)]) {
        // Words, never the dotted code: a new action without wording shows its code and fails here.
        expect(text).not.toContain(action)
        expect(text).not.toMatch(/[a-z]+_[a-z]+/)
        expect(text).toContain('Ada Admin')
      }
      expect(actionLabel(action, auditT(translator(locale, 'audit')))).not.toContain('.')
    }
    expect(sentenceText(sentence).startsWith('Ada Admin ')).toBe(true)
    // Arabic words it in Arabic (the names stay as they are).
    expect(sentenceText(sentence, 'ar')).toMatch(/[\u0600-\u06FF]/)
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
    expect(sentence.record).toEqual({ type: 'user', name: 'Pat Plain', href: '/users?q=pat%40example.test', deleted: false })
    expect(sentenceText(sentence, 'ar')).toBe('عطّل Ada Admin حساب Pat Plain')
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
    expect(changesText(live)).toEqual(['Status: pending → accepted'])
    expect(changesText(live, 'ar')).toEqual(['الحالة: قيد الانتظار ← مقبول'])
    const gone = describeAuditEntry(booth, { name: 'Live demo — Northwind', exists: false }, staff)
    expect(sentenceText(gone)).toBe('Ada Admin accepted Live demo — Northwind (deleted)')
    expect(sentenceText(gone, 'ar')).toBe('قبل Ada Admin الجناح Live demo — Northwind (محذوف)')
    expect(gone.record?.href).toBeNull()
  })

  it('says "their" when people act on their own account, and "System" for the seed', () => {
    const own = describeAuditEntry(entry({ action: 'user.password_changed', entityId: ADA.id }), { name: 'Ada Admin', exists: true }, admin)
    expect(sentenceText(own)).toBe('Ada Admin changed their password')
    expect(sentenceText(own, 'ar')).toBe('غيّر Ada Admin كلمة مروره')
    const seed = describeAuditEntry(
      entry({ action: 'seed.first_admin', actor: null, details: { email: 'root@example.test' } }),
      { name: 'Administrator', exists: true },
      staff,
    )
    expect(sentenceText(seed)).toBe('System made Administrator the first administrator')
    expect(sentenceText(seed, 'ar')).toBe('عيّن النظام Administrator مسؤولًا أول')
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
    expect(changesText(sentence)).toEqual(['Status: rejected → pending', 'Reason: Slot freed up'])
  })

  it('names a deleted message by its room', () => {
    const message = entry({ action: 'message.deleted', entityType: 'message', entityId: 'm1', details: { room_id: BOOTH, author_id: PAT } })
    expect(sentenceText(describeAuditEntry(message, { name: 'Lobby', exists: true }, staff))).toBe('Ada Admin deleted a message in Lobby')
  })

  it('words an action it does not know without failing', () => {
    expect(sentenceText(describeAuditEntry(entry({ action: 'legacy.thing', entityType: 'legacy' }), null, admin))).toBe(
      'Ada Admin changed (legacy.thing) legacy',
    )
    expect(actionLabel('legacy.some_thing', auditT(translator('en', 'audit')))).toBe('legacy · some thing')
  })
})

describe('what changed, in words', () => {
  const lines = (action: string, details: unknown, locale: 'en' | 'ar' = 'en') =>
    changesText({ ...describeAuditEntry(entry({ action, details }), null, admin) }, locale)

  it('turns details into lines and leaves out nulls, ids and empty lists', () => {
    expect(lines('user.role_changed', { from: 'user', to: 'staff' })).toEqual(['Role: user → staff'])
    expect(lines('booth.rejected', { status_from: 'pending', status_to: 'rejected', reason: 'Too late' })).toEqual([
      'Status: pending → rejected',
      'Reason: Too late',
    ])
    expect(describeChanges('booth.updated', { status_from: 'accepted', status_to: 'accepted', schedule_changed: false, files: [] })).toEqual([])
    expect(lines('booth.updated', { status_from: 'accepted', status_to: 'pending', schedule_changed: true, files: ['pdf'] })).toEqual([
      'Status: accepted → pending',
      'Schedule: changed',
      'Files replaced: PDF brochure',
    ])
    expect(lines('company.updated', { changed: ['name', 'image'], name: 'Acme' })).toEqual(['Changed: name, logo'])
    expect(lines('booth.updated', { files_removed: ['image', 'docx'] })).toEqual(['Files removed: image, Word document'])
    expect(lines('company.updated', { changed: ['image'], removed: ['image'] })).toEqual(['Changed: logo', 'Files removed: image'])
    expect(lines('company.updated', { changed: ['name', 'image'], name: 'Acme' }, 'ar')).toEqual(['ما تغيّر: الاسم، الشعار'])
    expect(lines('settings.require_mfa_changed', { require_mfa_for_staff: true })).toEqual(['Two-step sign-in for staff: required'])
    expect(lines('user.deleted', { self: false, role: 'admin', name: 'Pat' })).toEqual(['Role: administrator'])
    expect(lines('user.deleted', { self: false, role: 'admin', name: 'Pat' }, 'ar')).toEqual(['الدور: مسؤول'])
    expect(lines('room.user_muted', { until: '2026-12-07T14:05:00.000Z' })).toEqual(['Muted until: Dec 7, 2:05 PM'])
    expect(lines('room.user_muted', { until: null })).toEqual(['Muted: until further notice'])
    expect(describeChanges('message.deleted', { room_id: 'r', author_id: 'u' })).toEqual([])
    expect(describeChanges('booth.accepted', null)).toEqual([])
  })
})
