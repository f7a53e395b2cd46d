import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { listAuditActions, listAuditLog, listAuditLogQuerySchema } from '@/lib/services/audit/list-audit-log'

// The audit log carries every actor's email, client IP and request id: it is for administrators.
// Staff review booths and moderate rooms; their own history of a booth is on the booth's page.
const query = listAuditLogQuerySchema.parse({})

describe('the audit log: administrators only, enforced by the service', () => {
  let staff: { id: string; role: 'staff' }
  let admin: { id: string; role: 'admin' }
  let user: { id: string; role: 'user' }

  beforeAll(async () => {
    const prisma = db()
    const actor = await prisma.user.create({ data: { email: 'actor@audit-access.test', name: 'Ann Actor', role: 'staff' } })
    staff = { id: (await prisma.user.create({ data: { email: 'staff@audit-access.test', role: 'staff' } })).id, role: 'staff' }
    admin = { id: (await prisma.user.create({ data: { email: 'admin@audit-access.test', role: 'admin' } })).id, role: 'admin' }
    user = { id: (await prisma.user.create({ data: { email: 'user@audit-access.test' } })).id, role: 'user' }
    await prisma.auditLog.create({ data: { action: 'booth.rejected', entityType: 'trade_booth', entityId: 'b1', actorId: actor.id, ip: '198.51.100.4' } })
  })

  it('refuses staff and plain users the entries and the action list', async () => {
    for (const actor of [staff, user]) {
      await expect(listAuditLog(actor, query)).rejects.toMatchObject({ code: 'forbidden', message: 'The audit log is for administrators only' })
      await expect(listAuditActions(actor)).rejects.toMatchObject({ code: 'forbidden', message: 'The audit log is for administrators only' })
    }
  })

  it('gives admins every entry with the actor email and the client IP', async () => {
    const page = await listAuditLog(admin, query)
    expect(page.items[0]).toMatchObject({
      action: 'booth.rejected',
      actor: { email: 'actor@audit-access.test', name: 'Ann Actor' },
      ip: '198.51.100.4',
    })
    expect(await listAuditActions(admin)).toContain('booth.rejected')
  })
})
