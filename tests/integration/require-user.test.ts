import { SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApiShell } from '@/lib/api/app'
import { envelope } from '@/lib/api/envelope'
import { requireRole, requireUser } from '@/lib/api/middleware/require-user'
import { signAccessToken } from '@/lib/auth/access-token'
import { db } from '@/lib/db'
import { send } from '../helpers/http'
import { createUser } from '../helpers/users'
import { dashboardCookie } from '../helpers/dashboard-cookie'

const app = createApiShell()
app.get('/me', requireUser, (c) => c.json(envelope(200, 'OK', { id: c.get('user').id, via: c.get('user').via })))
app.post('/me', requireUser, (c) => c.json(envelope(200, 'OK', null)))
app.get('/staff-only', requireRole('staff'), (c) => c.json(envelope(200, 'OK', null)))
app.get('/admin-only', requireRole('admin'), (c) => c.json(envelope(200, 'OK', null)))

const status = async (path: string, headers: Record<string, string> = {}, method = 'GET') => (await send(app, method, path, { headers })).status
const sessionCookie = async (userId: string, sessionVersion: number) => (await dashboardCookie({ id: userId, sessionVersion })).cookie

describe('requireUser / requireRole', () => {
  let user: Awaited<ReturnType<typeof createUser>>
  let staff: Awaited<ReturnType<typeof createUser>>
  let admin: Awaited<ReturnType<typeof createUser>>
  let deactivated: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    user = await createUser()
    staff = await createUser({ role: 'staff' })
    admin = await createUser({ role: 'admin' })
    deactivated = await createUser({ active: false })
  })

  it('enforces the role matrix', async () => {
    const matrix: Array<[string, Record<string, string>, number, number, number]> = [
      // caller, headers, /me, /staff-only, /admin-only
      ['anonymous', {}, 401, 401, 401],
      ['user', user.bearer, 200, 403, 403],
      ['staff', staff.bearer, 200, 200, 403],
      ['admin', admin.bearer, 200, 200, 200],
      ['deactivated', deactivated.bearer, 401, 401, 401],
    ]
    for (const [caller, headers, me, staffOnly, adminOnly] of matrix) {
      expect([caller, await status('/api/me', headers), await status('/api/staff-only', headers), await status('/api/admin-only', headers)]).toEqual([
        caller,
        me,
        staffOnly,
        adminOnly,
      ])
    }
  })

  it('answers 401 with the envelope', async () => {
    const answer = await send(app, 'GET', '/api/me')
    expect(answer.body).toMatchObject({ status: 401, message: 'Authentication required', data: null })
  })

  it('refuses forged, expired, foreign and non-access tokens', async () => {
    const forged = await new SignJWT({ role: 'admin', sv: 0, typ: 'access' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(admin.user.id)
      .setIssuer('http://localhost:3000')
      .setAudience('vicross-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-key-another-key-another-key!'))
    const expired = await signAccessToken({ userId: user.user.id, role: 'user', sessionVersion: 0 }, -10)
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: admin.user.id, role: 'admin', sv: 0, typ: 'access', aud: 'vicross-api', iss: 'http://localhost:3000', exp: 9999999999, iat: 1 })).toString('base64url')}.`
    const cookieAsBearer = (await sessionCookie(user.user.id, 0)).split('=')[1]!
    for (const token of [forged, expired, unsigned, cookieAsBearer, 'garbage']) {
      expect(await status('/api/me', { authorization: `Bearer ${token}` })).toBe(401)
    }
  })

  it('takes the role from the database: a demotion applies at once', async () => {
    const demoted = await createUser({ role: 'admin' })
    expect(await status('/api/admin-only', demoted.bearer)).toBe(200)
    await db().user.update({ where: { id: demoted.user.id }, data: { role: 'user' } })
    expect(await status('/api/admin-only', demoted.bearer)).toBe(403)
  })

  it('refuses a token issued before the session version was bumped (revocation)', async () => {
    const revoked = await createUser()
    expect(await status('/api/me', revoked.bearer)).toBe(200)
    await db().user.update({ where: { id: revoked.user.id }, data: { sessionVersion: { increment: 1 } } })
    expect(await status('/api/me', revoked.bearer)).toBe(401)
  })

  it("accepts the dashboard's session cookie, and refuses it on a cross-site write", async () => {
    const cookie = await sessionCookie(staff.user.id, 0)
    const answer = await send<{ via: string }>(app, 'GET', '/api/me', { headers: { cookie } })
    expect(answer.body.data).toMatchObject({ id: staff.user.id, via: 'session' })
    expect(await status('/api/staff-only', { cookie })).toBe(200)
    expect(await status('/api/me', { cookie, origin: 'http://localhost:3000' }, 'POST')).toBe(200)
    expect(await status('/api/me', { cookie, origin: 'https://evil.example' }, 'POST')).toBe(403)
    expect(await status('/api/me', { cookie, origin: 'null' }, 'POST')).toBe(403)
    expect(await status('/api/me', { cookie, 'sec-fetch-site': 'cross-site' }, 'POST')).toBe(403)
    // A bearer token is not sent by browsers on their own: no origin check needed.
    expect(await status('/api/me', { ...staff.bearer, origin: 'https://evil.example' }, 'POST')).toBe(200)
  })

  it('refuses a session cookie for a deactivated user or an old session version', async () => {
    expect(await status('/api/me', { cookie: await sessionCookie(deactivated.user.id, 0) })).toBe(401)
    expect(await status('/api/me', { cookie: await sessionCookie(user.user.id, 7) })).toBe(401)
  })
})
