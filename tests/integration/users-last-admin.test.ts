import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { assignRole } from '@/lib/services/users/assign-role'
import { deleteUser } from '@/lib/services/users/delete-user'
import { setUserActive } from '@/lib/services/users/set-user-active'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

// This file's database starts with no admin: each test arranges exactly the admins it needs.
const activeAdmins = () => db().user.count({ where: { role: 'admin', isActive: true } })

describe('the last active admin', () => {
  it('cannot be demoted, deactivated or deleted through the API', async () => {
    const only = await createUser({ role: 'admin' })
    const demote = await send(api(), 'PATCH', '/api/auth/assign-role', { headers: only.bearer, json: { user_id: only.user.id, role: 'staff' } })
    expect(demote.status).toBe(409)
    expect(demote.body.message).toMatch(/last active administrator cannot be demoted/)
    const deactivate = await send(api(), 'PATCH', '/api/auth/set-active', { headers: only.bearer, json: { user_id: only.user.id, is_active: false } })
    expect(deactivate.status).toBe(422)
    const remove = await send(api(), 'DELETE', '/api/user/delete-user', { headers: only.bearer })
    expect(remove.status).toBe(409)
    expect(remove.body.message).toMatch(/cannot be deleted/)
    expect(await activeAdmins()).toBe(1)
    expect(await db().user.findUniqueOrThrow({ where: { id: only.user.id }, select: { role: true, isActive: true } })).toEqual({ role: 'admin', isActive: true })
  })

  it('cannot be deactivated or deleted by a stale admin session of a deactivated admin (service level)', async () => {
    const [active] = await db().user.findMany({ where: { role: 'admin', isActive: true } })
    const stale = await createUser({ role: 'admin', active: false })
    const actor = { id: stale.user.id, role: 'admin' as const }
    await expect(setUserActive(actor, active!.id, false)).rejects.toMatchObject({ code: 'conflict' })
    await expect(assignRole(actor, { userId: active!.id, role: 'user' })).rejects.toMatchObject({ code: 'conflict' })
    await expect(deleteUser(actor, active!.id)).rejects.toMatchObject({ code: 'conflict' })
    expect(await activeAdmins()).toBe(1)
  })

  it('with two admins, one may step down; then the other is the last', async () => {
    const second = await createUser({ role: 'admin' })
    const [first] = await db().user.findMany({ where: { role: 'admin', isActive: true, id: { not: second.user.id } } })
    const down = await send(api(), 'PATCH', '/api/auth/assign-role', { headers: second.bearer, json: { user_id: second.user.id, role: 'user' } })
    expect(down.status).toBe(200)
    await expect(assignRole({ id: first!.id, role: 'admin' }, { userId: first!.id, role: 'user' })).rejects.toMatchObject({ code: 'conflict' })
  })

  it('two admins demoting each other at the same moment: exactly one succeeds', async () => {
    const a = await createUser({ role: 'admin' })
    const b = await createUser({ role: 'admin' })
    // Leave exactly these two active admins.
    await db().user.updateMany({ where: { role: 'admin', id: { notIn: [a.user.id, b.user.id] } }, data: { role: 'user' } })
    const results = await Promise.allSettled([
      assignRole({ id: a.user.id, role: 'admin' }, { userId: b.user.id, role: 'user' }),
      assignRole({ id: b.user.id, role: 'admin' }, { userId: a.user.id, role: 'user' }),
    ])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(await activeAdmins()).toBe(1)
  })
})
