import { encode } from 'next-auth/jwt'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { PASSWORD, bearer, call, registerVerified, setupAuthTests, type LoginData } from '../helpers/auth'
import { dashboardCookie } from '../helpers/dashboard-cookie'
import { createUser } from '../helpers/users'

const env = setupAuthTests()

const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const APP = 'okhttp/4.12.0'

interface SignIn {
  id: string
  kind: 'dashboard' | 'api'
  device: string
  ip: string | null
  created_at: string
  last_used_at: string
  current: boolean
}

const loginFrom = async (email: string, userAgent: string) => {
  const answer = await call<LoginData>('POST', '/api/auth/login', { json: { email, password: PASSWORD }, headers: { 'user-agent': userAgent } })
  expect(answer.status).toBe(200)
  return answer.body.data
}
const list = async (headers: Record<string, string>, query = '') => call<{ items: SignIn[] }>('GET', `/api/user/sessions${query}`, { headers })
const profile = async (headers: Record<string, string>) => (await call('GET', '/api/user/profile', { headers })).status
const refresh = async (refresh_token: string) => (await call('POST', '/api/auth/refresh', { json: { refresh_token } })).status

describe('sign-ins: where an account is signed in', () => {
  it('lists each API sign-in once, with its device, and marks the current one', async () => {
    const email = await registerVerified(env.smtp())
    const laptop = await loginFrom(email, CHROME_LINUX)
    const phone = await loginFrom(email, SAFARI_IPHONE)
    // A refresh is the same sign-in, used again: still one entry.
    expect(await refresh(phone.refresh_token)).toBe(200)

    const answer = await list(bearer(laptop.access_token))
    expect(answer.status).toBe(200)
    const items = answer.body.data.items
    expect(items.map((item) => item.device).sort()).toEqual(['Chrome 131 on Linux', 'Safari 17 on iOS'])
    expect(items.every((item) => item.kind === 'api')).toBe(true)
    expect(items.find((item) => item.current)?.device).toBe('Chrome 131 on Linux')
    // Most recently used first: the phone refreshed last.
    expect(items[0]!.device).toBe('Safari 17 on iOS')
  })

  it('ending one sign-in kills exactly its tokens; the other goes on', async () => {
    const email = await registerVerified(env.smtp())
    const laptop = await loginFrom(email, CHROME_LINUX)
    const phone = await loginFrom(email, SAFARI_IPHONE)
    const phoneEntry = (await list(bearer(laptop.access_token))).body.data.items.find((item) => !item.current)!

    const ended = await call('DELETE', `/api/user/sessions/${phoneEntry.id}`, { headers: bearer(laptop.access_token) })
    expect(ended.status).toBe(200)
    expect(await profile(bearer(phone.access_token))).toBe(401)
    expect(await refresh(phone.refresh_token)).toBe(401)
    expect(await profile(bearer(laptop.access_token))).toBe(200)
    expect(await refresh(laptop.refresh_token)).toBe(200)
    expect(await db().auditLog.count({ where: { action: 'user.sign_in_ended', details: { path: ['sign_in'], equals: phoneEntry.id } } })).toBe(1)
    // Unknown, or another user's: 404 either way.
    expect((await call('DELETE', `/api/user/sessions/${phoneEntry.id.replace(/.$/, '0')}`, { headers: bearer(laptop.access_token) })).status).toBe(404)
  })

  it('ends a dashboard session on its own: its cookie is refused, the API tokens go on', async () => {
    const email = await registerVerified(env.smtp())
    const user = await db().user.findUniqueOrThrow({ where: { email } })
    const app = await loginFrom(email, APP)
    const { cookie, sessionId } = await dashboardCookie(user, { userAgent: CHROME_LINUX })
    expect(await profile({ cookie })).toBe(200)
    const items = (await list({ cookie })).body.data.items
    expect(items.find((item) => item.current)).toMatchObject({ id: sessionId, kind: 'dashboard', device: 'Chrome 131 on Linux' })
    expect(items.find((item) => !item.current)).toMatchObject({ kind: 'api', device: 'okhttp' })

    expect((await call('DELETE', `/api/user/sessions/${sessionId}`, { headers: bearer(app.access_token) })).status).toBe(200)
    expect(await profile({ cookie })).toBe(401)
    expect(await profile(bearer(app.access_token))).toBe(200)
  })

  it('refuses a dashboard cookie that names no session (made before sessions could be ended one by one)', async () => {
    const { user } = await createUser()
    const old = `next-auth.session-token=${await encode({ token: { sub: user.id, sv: user.sessionVersion }, secret: process.env.AUTH_SECRET! })}`
    expect(await profile({ cookie: old })).toBe(401)
  })

  it('"sign out everywhere else" keeps only the current sign-in', async () => {
    const email = await registerVerified(env.smtp())
    const user = await db().user.findUniqueOrThrow({ where: { email } })
    const keep = await loginFrom(email, CHROME_LINUX)
    const other = await loginFrom(email, SAFARI_IPHONE)
    const { cookie } = await dashboardCookie(user)
    const answer = await call<{ ended: number }>('POST', '/api/user/sessions/end-others', { headers: bearer(keep.access_token) })
    expect(answer.body.data).toEqual({ ended: 2 })
    expect(await profile(bearer(other.access_token))).toBe(401)
    expect(await profile({ cookie })).toBe(401)
    expect(await profile(bearer(keep.access_token))).toBe(200)
    expect((await list(bearer(keep.access_token))).body.data.items).toHaveLength(1)
  })

  it('an admin sees and ends anyone’s sign-ins; nobody else does', async () => {
    const email = await registerVerified(env.smtp())
    const target = await loginFrom(email, SAFARI_IPHONE)
    const userId = target.user.id
    const admin = await createUser({ role: 'admin' })
    const staff = await createUser({ role: 'staff' })
    const other = await createUser()

    const seen = await list(admin.bearer, `?user_id=${userId}`)
    expect(seen.status).toBe(200)
    expect(seen.body.data.items).toHaveLength(1)
    expect(seen.body.data.items[0]!.current).toBe(false)
    for (const caller of [staff, other]) {
      expect((await list(caller.bearer, `?user_id=${userId}`)).status).toBe(403)
      expect((await call('DELETE', `/api/user/sessions/${seen.body.data.items[0]!.id}?user_id=${userId}`, { headers: caller.bearer })).status).toBe(403)
    }
    expect((await list(admin.bearer, `?user_id=${crypto.randomUUID()}`)).status).toBe(404)
    expect((await call('DELETE', `/api/user/sessions/${seen.body.data.items[0]!.id}?user_id=${userId}`, { headers: admin.bearer })).status).toBe(200)
    expect(await profile(bearer(target.access_token))).toBe(401)
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: 'user.sign_in_ended', entityId: userId } })
    expect(audit.actorId).toBe(admin.user.id)
  })

  it('mails the owner about a sign-in from a new kind of device, not about the usual one', async () => {
    const email = await registerVerified(env.smtp())
    await loginFrom(email, CHROME_LINUX)
    await loginFrom(email, CHROME_LINUX.replace('131.0.0.0', '132.0.0.0'))
    await loginFrom(email, SAFARI_IPHONE)
    const mail = await env.smtp().waitForMail(email, (candidate) => candidate.subject === 'New sign-in to your account')
    expect(mail.text).toContain('Safari 17 on iOS')
    // Only that one: the first sign-in is no news, and a newer Chrome on the same system is the same device.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(
      env
        .smtp()
        .received()
        .filter((candidate) => candidate.to.includes(email) && candidate.subject === 'New sign-in to your account'),
    ).toHaveLength(1)
    expect(await db().auditLog.count({ where: { action: 'user.new_device_sign_in', actor: { email } } })).toBe(1)
  })
})
