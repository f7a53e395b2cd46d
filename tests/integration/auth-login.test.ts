import { afterEach, describe, expect, it } from 'vitest'
import { resetConfig } from '@/lib/config'
import { db } from '@/lib/db'
import { MAX_CONSECUTIVE_FAILURES } from '@/lib/services/auth/login-lockout'
import { authenticatePassword } from '@/lib/services/auth/authenticate-password'
import { PASSWORD, bearer, call, login, registerVerified, uniqueEmail, setupAuthTests, withoutRequestId } from '../helpers/auth'
import { codeFrom } from '../helpers/smtp'

const env = setupAuthTests()
const attempt = (email: string, password: string, headers: Record<string, string> = {}) =>
  call('POST', '/api/auth/login', { json: { email, password }, headers })

afterEach(() => {
  delete process.env.TRUST_PROXY
  resetConfig()
})

describe('POST /api/auth/login', () => {
  it('returns the user and a working token pair', async () => {
    const email = await registerVerified(env.smtp())
    const data = await login(email)
    expect(data).toMatchObject({ user: { email, role: 'user', email_verified: true }, token_type: 'Bearer', expires_in: 900 })
    expect(data.refresh_token.length).toBeGreaterThanOrEqual(40)
    expect((await call('GET', '/api/user/profile', { headers: bearer(data.access_token) })).status).toBe(200)
    expect((await attempt(email.toUpperCase(), PASSWORD)).status).toBe(200)
  })

  it('answers an unknown email and a wrong password identically (status, body, about the same time)', async () => {
    const email = await registerVerified(env.smtp())
    const timed = async (who: string) => {
      const started = performance.now()
      const answer = await attempt(who, 'not-the-right-password-1')
      return { answer, ms: performance.now() - started }
    }
    await timed(uniqueEmail('warmup'))
    const unknowns: Awaited<ReturnType<typeof timed>>[] = []
    const wrongs: Awaited<ReturnType<typeof timed>>[] = []
    // Four of each, interleaved (a fifth failure would lock the account).
    for (let i = 0; i < 4; i++) {
      unknowns.push(await timed(uniqueEmail('nobody')))
      wrongs.push(await timed(email))
    }
    const [unknown, wrong] = [unknowns[0]!, wrongs[0]!]
    expect(unknown.answer.status).toBe(401)
    expect(wrong.answer.status).toBe(401)
    expect(withoutRequestId(unknown.answer.body)).toEqual(withoutRequestId(wrong.answer.body))
    expect([...unknown.answer.headers.keys()].sort()).toEqual([...wrong.answer.headers.keys()].sort())
    // Both run argon2 (tens of ms); a skipped hash would make the unknown email many times faster.
    const median = (samples: { ms: number }[]) =>
      samples
        .map((sample) => sample.ms)
        .sort((a, b) => a - b)
        .slice(1, 3)
        .reduce((a, b) => a + b) / 2
    expect(median(unknowns)).toBeGreaterThan(median(wrongs) / 4)
  })

  it('refuses an unverified or deactivated account with 403 only when the password is right', async () => {
    const email = uniqueEmail('unverified')
    await call('POST', '/api/auth/register', { json: { name: 'U', email, password: PASSWORD, password_confirmation: PASSWORD } })
    expect((await attempt(email, 'wrong-password-but-long')).status).toBe(401)
    expect((await attempt(email, PASSWORD)).status).toBe(403)
    const active = await registerVerified(env.smtp())
    await db().user.update({ where: { email: active }, data: { isActive: false } })
    expect((await attempt(active, 'wrong-password-but-long')).status).toBe(401)
    expect((await attempt(active, PASSWORD)).body).toMatchObject({ status: 403, message: 'This account is deactivated' })
  })

  it('locks an account for a growing time after repeated failures, the same way for unknown emails', async () => {
    const email = await registerVerified(env.smtp())
    const nobody = uniqueEmail('ghost')
    for (let i = 0; i < 5; i++) {
      expect((await attempt(email, `wrong-password-${i}-xx`)).status).toBe(401)
      expect((await attempt(nobody, `wrong-password-${i}-xx`)).status).toBe(401)
    }
    const locked = await attempt(email, PASSWORD)
    const lockedGhost = await attempt(nobody, PASSWORD)
    expect(locked.status).toBe(429)
    expect(withoutRequestId(locked.body)).toEqual(withoutRequestId(lockedGhost.body))
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(20)
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(30)
    expect(lockedGhost.headers.get('retry-after')).toBe(locked.headers.get('retry-after'))

    // The lock ends by itself: once its time has passed, the right password works and clears the count.
    await db().user.update({ where: { email }, data: { lockedUntil: new Date(Date.now() - 1000) } })
    expect((await attempt(email, PASSWORD)).status).toBe(200)
    expect(await db().user.findUniqueOrThrow({ where: { email }, select: { failedLoginCount: true, lockedUntil: true } })).toEqual({
      failedLoginCount: 0,
      lockedUntil: null,
    })
  })

  it('counts failures per account, so spoofed X-Forwarded-For addresses do not help', async () => {
    process.env.TRUST_PROXY = '1'
    resetConfig()
    const email = await registerVerified(env.smtp())
    for (let i = 0; i < 5; i++) expect((await attempt(email, `guess-number-${i}-abc`, { 'x-forwarded-for': `10.0.0.${i}` })).status).toBe(401)
    expect((await attempt(email, PASSWORD, { 'x-forwarded-for': '10.0.0.99' })).status).toBe(429)
  })

  it('limits attempts per IP (trusted proxy hop only), with RateLimit headers', async () => {
    process.env.TRUST_PROXY = '1'
    resetConfig()
    const ok = await attempt(uniqueEmail('ip'), 'whatever-password-1', { 'x-forwarded-for': 'forged, 203.0.113.7' })
    expect(ok.headers.get('ratelimit')).toMatch(/^limit=60, remaining=59, reset=\d+$/)
    let last = ok
    for (let i = 0; i < 60; i++) last = await attempt(uniqueEmail('ip'), 'whatever-password-1', { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` })
    expect(last.status).toBe(429)
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last.headers.get('ratelimit')).toMatch(/remaining=0/)
    // Another client (as the trusted proxy saw it) is not affected.
    expect((await attempt(uniqueEmail('ip'), 'whatever-password-1', { 'x-forwarded-for': '203.0.113.8' })).status).toBe(401)
  })

  it('stops password sign-in after 100 consecutive failures until the owner proves the mailbox', async () => {
    const email = await registerVerified(env.smtp())
    await db().user.update({ where: { email }, data: { failedLoginCount: MAX_CONSECUTIVE_FAILURES - 1 } })
    expect((await attempt(email, 'one-more-wrong-guess')).status).toBe(401)
    await db().user.update({ where: { email }, data: { lockedUntil: null } })
    expect((await attempt(email, PASSWORD)).status).toBe(429)
    // Signing in with an emailed code is the way back: it clears the count.
    await call('POST', '/api/auth/send-otp', { json: { email, purpose: 'login' } })
    const code = codeFrom(await env.smtp().waitForMail(email))
    expect((await call('POST', '/api/auth/verify-otp', { json: { email, otp: code, purpose: 'login' } })).status).toBe(200)
    expect((await attempt(email, PASSWORD)).status).toBe(200)
  })

  it('authenticatePassword: the service the dashboard signs in with', async () => {
    const email = await registerVerified(env.smtp())
    await expect(authenticatePassword({ email: ` ${email.toUpperCase()} `, password: PASSWORD })).resolves.toEqual({ id: expect.any(String) })
    const badPair = { code: 'unauthenticated', message: 'Invalid email or password' }
    await expect(authenticatePassword({ email, password: 'a-wrong-password-here' })).rejects.toMatchObject(badPair)
    await expect(authenticatePassword({ email: uniqueEmail(), password: PASSWORD })).rejects.toMatchObject(badPair)
  })

  it('refuses invalid payloads with 400 and errors', async () => {
    const answer = await call('POST', '/api/auth/login', { json: { email: 'nope', password: '' } })
    expect(answer.status).toBe(400)
    expect(Object.keys(answer.body.errors ?? {}).sort()).toEqual(['email', 'password'])
  })
})
