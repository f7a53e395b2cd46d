import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { listAuditLog, listAuditLogQuerySchema } from '@/lib/services/audit/list-audit-log'
import { changesText } from '@/lib/services/audit/audit-plain-text'
import { sentenceText } from '@/lib/services/audit/describe-audit-entry'
import { deleteBooth } from '@/lib/services/booths/delete-booth'
import { restoreBooth } from '@/lib/services/booths/restore-booth'
import { reviewBooth } from '@/lib/services/booths/review-booth'
import { recentActivity } from '@/lib/services/overview/recent-activity'
import { assignRole } from '@/lib/services/users/assign-role'
import { deleteUser } from '@/lib/services/users/delete-user'
import { setUserActive } from '@/lib/services/users/set-user-active'
import { insertBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

const adminView = { role: 'admin' as const }
const entriesAbout = async (entityId: string) =>
  (await listAuditLog(adminView, listAuditLogQuerySchema.parse({ page_size: 100 }))).items.filter((item) => item.entity_id === entityId)

describe('audit entries read as sentences, from the database', () => {
  it('names a booth from its row, and from what the entries stored once it is deleted', async () => {
    const owner = await createUser()
    const staff = await createUser({ role: 'staff' })
    const company = await insertCompany(owner.user.id)
    const { booth } = await insertBooth(company.id, { ownerId: owner.user.id })
    const reviewer = { id: staff.user.id, role: staff.user.role }
    await reviewBooth(reviewer, booth.id, { status: 'rejected', reason: 'Wrong hall' })

    const [rejected] = await entriesAbout(booth.id)
    expect(sentenceText(rejected!.sentence)).toBe(`${staff.user.name} rejected ${booth.title}`)
    expect(rejected!.sentence.record).toEqual({ type: 'trade_booth', name: booth.title, href: `/booths/${booth.id}`, deleted: false })
    expect(changesText(rejected!.sentence)).toEqual(['Status: pending → rejected', 'Reason: Wrong hall'])
    expect(sentenceText(rejected!.sentence, 'ar')).toBe(`رفض ${staff.user.name} الجناح ${booth.title}`)

    // In the trash the booth has no page: its entries read as about a deleted record, without links.
    await deleteBooth(reviewer, booth.id)
    const after = await entriesAbout(booth.id)
    expect(after.map((item) => sentenceText(item.sentence))).toEqual([
      `${staff.user.name} moved ${booth.title} to the trash`,
      `${staff.user.name} rejected ${booth.title} (deleted)`,
    ])
    expect(after.every((item) => item.sentence.record?.href === null)).toBe(true)

    // Restored, it has its page and its links again.
    await restoreBooth(reviewer, booth.id)
    const restored = await entriesAbout(booth.id)
    expect(sentenceText(restored[0]!.sentence)).toBe(`${staff.user.name} restored ${booth.title} from the trash`)
    expect(restored.every((item) => item.sentence.record?.href === `/booths/${booth.id}`)).toBe(true)
  })

  it('names a deleted user from the name their deletion stored, for every earlier entry about them', async () => {
    const admin = await createUser({ role: 'admin' })
    const pat = await createUser()
    const actor = { id: admin.user.id, role: admin.user.role }
    await assignRole(actor, { userId: pat.user.id, role: 'staff' })
    await setUserActive(actor, pat.user.id, false)
    expect((await entriesAbout(pat.user.id)).map((item) => sentenceText(item.sentence))).toEqual([
      `${admin.user.name} deactivated ${pat.user.name}`,
      `${admin.user.name} changed the role of ${pat.user.name}`,
    ])
    await deleteUser(actor, pat.user.id)
    const after = await entriesAbout(pat.user.id)
    expect(after.map((item) => sentenceText(item.sentence))).toEqual([
      `${admin.user.name} moved the account of ${pat.user.name} to the trash`,
      `${admin.user.name} deactivated ${pat.user.name} (deleted)`,
      `${admin.user.name} changed the role of ${pat.user.name} (deleted)`,
    ])
    expect(changesText(after[2]!.sentence)).toEqual(['Role: user → staff'])
  })

  it('shows staff names, never emails or addresses, and admins the address too', async () => {
    const staff = await createUser({ role: 'staff' })
    const nameless = await db().user.create({ data: { email: 'nameless@audit-sentences.test' } })
    const admin = await db().user.create({ data: { email: 'boss@audit-sentences.test', role: 'admin' } })
    await setUserActive({ id: admin.id, role: 'admin', ip: '203.0.113.50' }, nameless.id, false)

    const [forStaff] = await recentActivity({ role: staff.user.role }, 1)
    expect(sentenceText(forStaff!.sentence)).toBe('An unnamed user deactivated an unnamed user')
    expect(JSON.stringify(forStaff)).not.toContain('@')
    expect(JSON.stringify(forStaff)).not.toContain('203.0.113.50')

    const [forAdmin] = await recentActivity(adminView, 1)
    expect(sentenceText(forAdmin!.sentence)).toBe('boss@audit-sentences.test deactivated nameless@audit-sentences.test')
    expect(forAdmin!.sentence.actor.href).toBe('/users?q=boss%40audit-sentences.test')
    expect(forAdmin!.sentence.record?.href).toBe('/users?q=nameless%40audit-sentences.test')
    expect(forStaff!.sentence.record?.href).toBeNull()
    expect(forAdmin!.ip).toBe('203.0.113.50')
  })
})
