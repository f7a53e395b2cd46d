import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import type { Page } from '@/lib/pagination'
import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { issueTokenPair } from '@/lib/services/auth/token-pair'
import { deactivateUsers } from '@/lib/services/users/deactivate-users'
import { listUsers } from '@/lib/services/users/list-users'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'

let admin: Awaited<ReturnType<typeof createUser>>
const list = (query: string) => send<Page<UserJson>>(api(), 'GET', `/api/auth/all-users-data${query}`, { headers: admin.bearer })
const patch = (path: string, json: unknown, headers = admin.bearer) => send<UserJson>(api(), 'PATCH', path, { headers, json })

beforeAll(async () => {
  admin = await createUser({ role: 'admin' })
  await db().user.create({ data: { email: 'zoe.search@example.com', name: 'Zoë Findme', emailVerified: null } })
  await db().user.create({ data: { email: 'quiet@example.com', name: 'Quiet FINDME', isActive: false, emailVerified: new Date() } })
  await db().user.create({ data: { email: 'aaron@example.com', name: 'Aaron', role: 'staff', emailVerified: new Date() } })
})

describe('GET /api/auth/all-users-data', () => {
  it('pages the users, newest first by default', async () => {
    const first = await list('?page=1&page_size=2')
    expect(first.status).toBe(200)
    expect(first.body.data).toMatchObject({ page: 1, page_size: 2, total: 4 })
    expect(first.body.data.items).toHaveLength(2)
    const second = await list('?page=2&page_size=2')
    const ids = [...first.body.data.items, ...second.body.data.items].map((user) => user.id)
    expect(new Set(ids).size).toBe(4)
    const created = [...first.body.data.items, ...second.body.data.items].map((user) => user.created_at)
    expect(created).toEqual([...created].sort().reverse())
  })

  it('searches name and email case-insensitively', async () => {
    const byName = await list('?q=findme')
    expect(byName.body.data.items.map((user) => user.email).sort()).toEqual(['quiet@example.com', 'zoe.search@example.com'])
    const byEmail = await list('?q=ZOE.SEARCH')
    expect(byEmail.body.data.total).toBe(1)
  })

  it('filters by role, verified and active', async () => {
    expect((await list('?role=staff')).body.data.items.map((user) => user.email)).toEqual(['aaron@example.com'])
    expect((await list('?verified=false')).body.data.items.map((user) => user.email)).toEqual(['zoe.search@example.com'])
    expect((await list('?active=false')).body.data.items.map((user) => user.email)).toEqual(['quiet@example.com'])
    expect((await list('?q=findme&active=true')).body.data.total).toBe(1)
  })

  it('sorts by name, email and role in both directions', async () => {
    const emails = (await list('?sort=email')).body.data.items.map((user) => user.email)
    expect(emails).toEqual([...emails].sort())
    const descending = (await list('?sort=-email')).body.data.items.map((user) => user.email)
    expect(descending).toEqual([...emails].reverse())
    expect((await list('?sort=-role')).body.data.items[0]!.role).toBe('admin')
    expect((await list('?sort=name')).body.data.items[0]!.name).toBe('Aaron')
  })

  it('refuses bad query values with 400', async () => {
    for (const query of ['?sort=password_hash', '?page_size=101', '?page=0', '?role=root', '?verified=maybe']) {
      const answer = await list(query)
      expect([query, answer.status]).toEqual([query, 400])
    }
  })

  it('is the same as the service the dashboard calls', async () => {
    const page = await listUsers({ page: 1, page_size: 20, sort: '-created_at', q: 'findme', active: false })
    expect(page.items.map((user) => user.email)).toEqual(['quiet@example.com'])
  })
})

describe('PATCH /api/auth/assign-role', () => {
  it('sets a role by user_id or by email, audits it and signs the user out everywhere', async () => {
    const target = await createUser()
    const tokens = await issueTokenPair(target.user.id)
    const byId = await patch('/api/auth/assign-role', { user_id: target.user.id, role: 'staff' })
    expect(byId.status).toBe(200)
    expect(byId.body.data).toMatchObject({ id: target.user.id, role: 'staff' })
    // The old access token and refresh token no longer work.
    expect((await send(api(), 'GET', '/api/user/profile', { headers: target.bearer })).status).toBe(401)
    expect(await db().refreshToken.count({ where: { userId: target.user.id, revokedAt: null } })).toBe(0)
    expect(tokens.refresh_token).toBeTruthy()
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: 'user.role_changed', entityId: target.user.id } })
    expect(audit).toMatchObject({ actorId: admin.user.id, entityType: 'user', details: { from: 'user', to: 'staff' } })
    expect(audit.requestId).toBeTruthy()

    const byEmail = await patch('/api/auth/assign-role', { email: ` ${target.user.email.toUpperCase()} `, role: 'admin' })
    expect(byEmail.body.data).toMatchObject({ role: 'admin' })
  })

  it('validates the body: exactly one of user_id and email, a known role, nothing else', async () => {
    const target = await createUser()
    for (const body of [
      { role: 'staff' },
      { user_id: target.user.id, email: target.user.email, role: 'staff' },
      { user_id: target.user.id, role: 'root' },
      { user_id: 'x', role: 'staff' },
      { user_id: target.user.id, role: 'staff', is_active: false },
    ]) {
      const answer = await patch('/api/auth/assign-role', body)
      expect([body, answer.status]).toEqual([body, 400])
    }
    const malformed = await send(api(), 'PATCH', '/api/auth/assign-role', {
      headers: { ...admin.bearer, 'content-type': 'application/json' },
      body: '{"role":',
    })
    expect(malformed.status).toBe(400)
  })

  it('answers 404 for an unknown user', async () => {
    expect((await patch('/api/auth/assign-role', { user_id: '01900000-0000-7000-8000-000000000000', role: 'staff' })).status).toBe(404)
    expect((await patch('/api/auth/assign-role', { email: 'nobody@example.com', role: 'staff' })).status).toBe(404)
  })
})

describe('PATCH /api/auth/set-active (addition)', () => {
  it('deactivation makes the user’s access token fail at once and revokes refresh tokens; activation restores sign-in', async () => {
    const target = await createUser()
    await issueTokenPair(target.user.id)
    expect((await send(api(), 'GET', '/api/user/profile', { headers: target.bearer })).status).toBe(200)
    const off = await patch('/api/auth/set-active', { user_id: target.user.id, is_active: false })
    expect(off.status).toBe(200)
    expect(off.body.data).toMatchObject({ is_active: false })
    expect((await send(api(), 'GET', '/api/user/profile', { headers: target.bearer })).status).toBe(401)
    expect(await db().refreshToken.count({ where: { userId: target.user.id, revokedAt: null } })).toBe(0)
    expect(await db().auditLog.count({ where: { action: 'user.deactivated', entityId: target.user.id, actorId: admin.user.id } })).toBe(1)

    const on = await patch('/api/auth/set-active', { user_id: target.user.id, is_active: true })
    expect(on.body.data).toMatchObject({ is_active: true })
    expect(await db().auditLog.count({ where: { action: 'user.activated', entityId: target.user.id } })).toBe(1)
  })

  it('refuses an admin deactivating themself (422) and answers 404 / 400 for unknown ids and bad bodies', async () => {
    const self = await patch('/api/auth/set-active', { user_id: admin.user.id, is_active: false })
    expect(self.status).toBe(422)
    expect(self.body.message).toMatch(/your own account/)
    expect((await patch('/api/auth/set-active', { user_id: '01900000-0000-7000-8000-000000000000', is_active: false })).status).toBe(404)
    expect((await patch('/api/auth/set-active', { user_id: admin.user.id, is_active: 'no' })).status).toBe(400)
  })
})

describe('deactivateUsers (dashboard bulk action)', () => {
  it('deactivates all at once and revokes their sessions', async () => {
    const [a, b] = [await createUser(), await createUser()]
    const actor = { id: admin.user.id, role: 'admin' as const }
    expect(await deactivateUsers(actor, [a.user.id, b.user.id, a.user.id])).toEqual({ deactivated: 2 })
    for (const user of [a, b]) expect((await send(api(), 'GET', '/api/user/profile', { headers: user.bearer })).status).toBe(401)
  })

  it('refuses the whole batch when it includes the actor or an unknown id, or when the actor is not an admin', async () => {
    const c = await createUser()
    const actor = { id: admin.user.id, role: 'admin' as const }
    await expect(deactivateUsers(actor, [c.user.id, admin.user.id])).rejects.toMatchObject({
      code: 'unprocessable',
      message: 'You cannot deactivate your own account',
    })
    await expect(deactivateUsers(actor, [c.user.id, '01900000-0000-7000-8000-000000000000'])).rejects.toMatchObject({
      code: 'not_found',
      message: 'User not found',
    })
    await expect(deactivateUsers({ id: c.user.id, role: 'staff' }, [c.user.id])).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Only an administrator can do this',
    })
    expect((await db().user.findUniqueOrThrow({ where: { id: c.user.id } })).isActive).toBe(true)
  })
})
