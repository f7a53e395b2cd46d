import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { assignRole } from '@/lib/services/users/assign-role'
import { deactivateUsers } from '@/lib/services/users/deactivate-users'
import { deleteUser } from '@/lib/services/users/delete-user'
import { setUserActive } from '@/lib/services/users/set-user-active'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

const activeAdmins = () => db().user.count({ where: { role: 'admin', isActive: true } })

/** Demotes whatever admins earlier tests left, then creates exactly `count` active admins. */
async function onlyAdmins(count: number) {
  await db().user.updateMany({ where: { role: 'admin' }, data: { role: 'user' } })
  const admins = []
  for (let i = 0; i < count; i++) admins.push(await createUser({ role: 'admin' }))
  return admins
}

// The last-admin rule's refusal (assertAnActiveAdminRemains), as a service throws it and as the API answers it.
type Change = 'demoted' | 'deactivated' | 'deleted'
const lastAdminError = (what: Change) => ({ code: 'conflict', message: `The last active administrator cannot be ${what}; make another user an admin first` })
const lastAdminAnswer = (what: Change) => ({ status: 409, message: lastAdminError(what).message, data: null })
// The own-account rule, which setUserActive and deactivateUsers check before the last-admin one.
const ownAccountError = { code: 'unprocessable', message: 'You cannot deactivate your own account' }

/** Of two changes racing each other, exactly one succeeds; the other is refused by the last-admin rule. */
async function exactlyOneRefused(changes: Array<Promise<unknown>>, what: Change) {
  const results = await Promise.allSettled(changes)
  expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
  const refused = results.find((result) => result.status === 'rejected')
  expect(refused?.reason).toMatchObject(lastAdminError(what))
  expect(await activeAdmins()).toBe(1)
}

describe('the last active admin', () => {
  it('cannot demote or delete themself through the API (409)', async () => {
    const [only] = await onlyAdmins(1)
    const demote = await send(api(), 'PATCH', '/api/auth/assign-role', { headers: only!.bearer, json: { user_id: only!.user.id, role: 'staff' } })
    expect(demote.status).toBe(409)
    expect(demote.body).toMatchObject(lastAdminAnswer('demoted'))
    const remove = await send(api(), 'DELETE', '/api/user/delete-user', { headers: only!.bearer })
    expect(remove.status).toBe(409)
    expect(remove.body).toMatchObject(lastAdminAnswer('deleted'))
    expect(await activeAdmins()).toBe(1)
    expect(await db().user.findUniqueOrThrow({ where: { id: only!.user.id }, select: { role: true, isActive: true } })).toEqual({
      role: 'admin',
      isActive: true,
    })
  })

  // Not the last-admin rule: no admin may deactivate themself, however many admins there are.
  it('deactivating oneself is refused by the own-account rule (422), with or without another admin', async () => {
    const [only] = await onlyAdmins(1)
    const selfOff = () => send(api(), 'PATCH', '/api/auth/set-active', { headers: only!.bearer, json: { user_id: only!.user.id, is_active: false } })
    const alone = await selfOff()
    expect(alone.status).toBe(422)
    expect(alone.body).toMatchObject({ status: 422, message: ownAccountError.message, data: null })
    await createUser({ role: 'admin' })
    const withAnother = await selfOff()
    expect(withAnother.status).toBe(422)
    expect(withAnother.body).toMatchObject({ status: 422, message: ownAccountError.message, data: null })
    await expect(deactivateUsers({ id: only!.user.id, role: 'admin' }, [only!.user.id])).rejects.toMatchObject(ownAccountError)
    expect(await db().user.findUniqueOrThrow({ where: { id: only!.user.id }, select: { isActive: true } })).toEqual({ isActive: true })
  })

  // Every request re-reads its actor, so an active admin is never alone: another admin meets the last
  // active one only when deactivated after their request was authenticated (a stale actor).
  it('cannot be deactivated (one or in bulk), demoted or deleted by another, stale admin (service level)', async () => {
    const [last] = await onlyAdmins(1)
    const stale = await createUser({ role: 'admin', active: false })
    const actor = { id: stale.user.id, role: 'admin' as const }
    await expect(setUserActive(actor, last!.user.id, false)).rejects.toMatchObject(lastAdminError('deactivated'))
    await expect(deactivateUsers(actor, [last!.user.id])).rejects.toMatchObject(lastAdminError('deactivated'))
    await expect(assignRole(actor, { userId: last!.user.id, role: 'user' })).rejects.toMatchObject(lastAdminError('demoted'))
    await expect(deleteUser(actor, last!.user.id)).rejects.toMatchObject(lastAdminError('deleted'))
    expect(await db().user.findUniqueOrThrow({ where: { id: last!.user.id }, select: { role: true, isActive: true } })).toEqual({
      role: 'admin',
      isActive: true,
    })
  })

  it('with two admins, one may step down; then the other is the last (API)', async () => {
    const [first, second] = await onlyAdmins(2)
    const down = await send(api(), 'PATCH', '/api/auth/assign-role', { headers: second!.bearer, json: { user_id: second!.user.id, role: 'user' } })
    expect(down.status).toBe(200)
    const alsoDown = await send(api(), 'PATCH', '/api/auth/assign-role', { headers: first!.bearer, json: { user_id: first!.user.id, role: 'user' } })
    expect(alsoDown.status).toBe(409)
    expect(alsoDown.body).toMatchObject(lastAdminAnswer('demoted'))
    expect(await activeAdmins()).toBe(1)
  })

  it('with two admins, one may deactivate the other; then the remaining one is the last (API)', async () => {
    const [first, second] = await onlyAdmins(2)
    const off = await send(api(), 'PATCH', '/api/auth/set-active', { headers: first!.bearer, json: { user_id: second!.user.id, is_active: false } })
    expect(off.status).toBe(200)
    const remove = await send(api(), 'DELETE', '/api/user/delete-user', { headers: first!.bearer })
    expect(remove.status).toBe(409)
    expect(remove.body).toMatchObject(lastAdminAnswer('deleted'))
    expect(await activeAdmins()).toBe(1)
  })

  it('two admins demoting each other at the same moment: exactly one succeeds', async () => {
    const [a, b] = await onlyAdmins(2)
    await exactlyOneRefused(
      [
        assignRole({ id: a!.user.id, role: 'admin' }, { userId: b!.user.id, role: 'user' }),
        assignRole({ id: b!.user.id, role: 'admin' }, { userId: a!.user.id, role: 'user' }),
      ],
      'demoted',
    )
  })

  it('two admins deactivating each other at the same moment: exactly one succeeds', async () => {
    const [a, b] = await onlyAdmins(2)
    await exactlyOneRefused(
      [setUserActive({ id: a!.user.id, role: 'admin' }, b!.user.id, false), setUserActive({ id: b!.user.id, role: 'admin' }, a!.user.id, false)],
      'deactivated',
    )
  })

  it('two admins bulk-deactivating each other at the same moment: exactly one succeeds', async () => {
    const [a, b] = await onlyAdmins(2)
    await exactlyOneRefused(
      [deactivateUsers({ id: a!.user.id, role: 'admin' }, [b!.user.id]), deactivateUsers({ id: b!.user.id, role: 'admin' }, [a!.user.id])],
      'deactivated',
    )
  })
})
