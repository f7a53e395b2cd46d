import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { resetRateLimits } from '@/lib/rate-limit/store'
import { PASSWORD, call, uniqueEmail, setupAuthTests } from '../helpers/auth'
import { codeFrom, linkFrom } from '../helpers/smtp'

const env = setupAuthTests()
const body = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Grace Hopper',
  email,
  password: PASSWORD,
  password_confirmation: PASSWORD,
  ...extra,
})
type UserData = { id: string; email: string; role: string; email_verified: boolean; created_at: string }

describe('POST /api/auth/register', () => {
  it('creates an unverified user (a sent role is ignored) and mails a code and a link', async () => {
    const email = uniqueEmail('Reg')
    const answer = await call<UserData>('POST', '/api/auth/register', { json: body(email, { role: 'admin' }) })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ status: 201, data: { email: email.toLowerCase(), role: 'user', email_verified: false, is_active: true } })
    // Until the code comes back it is a pending registration, not an account (README, "Security decisions").
    expect(await db().user.count({ where: { email: email.toLowerCase() } })).toBe(0)
    const pending = await db().pendingEmail.findMany({ where: { email: email.toLowerCase() } })
    expect(pending).toHaveLength(1)
    expect(pending[0]!).toMatchObject({ id: answer.body.data.id, userId: null, claimable: true })
    expect(pending[0]!.passwordHash).toMatch(/^\$argon2id\$/)
    const mail = await env.smtp().waitForMail(email)
    expect(codeFrom(mail)).toMatch(/^\d{6}$/)
    expect(linkFrom(mail, 'http://localhost:3000/api/auth/verify-email?token=')).toBeTruthy()
    expect(mail.html).toContain(codeFrom(mail))
    // Only hashes are stored.
    expect(pending[0]!.codeHash).not.toContain(codeFrom(mail))
    const verified = await call<UserData>('POST', '/api/auth/verify-otp', { json: { email, otp: codeFrom(mail), purpose: 'verify_email' } })
    expect(verified.body.data).toMatchObject({ id: answer.body.data.id, role: 'user', email_verified: true })
    const stored = await db().user.findUniqueOrThrow({ where: { email: email.toLowerCase() } })
    expect(stored.role).toBe('user')
    expect(stored.passwordHash).toBe(pending[0]!.passwordHash)
  })

  it('answers a taken email exactly like a new one, changes nothing, and tells the owner', async () => {
    const taken = uniqueEmail('taken')
    const first = await call<UserData>('POST', '/api/auth/register', { json: body(taken) })
    // Taken = an account exists: the first registration is verified.
    await call('POST', '/api/auth/verify-otp', { json: { email: taken, otp: codeFrom(await env.smtp().waitForMail(taken)), purpose: 'verify_email' } })
    resetRateLimits()
    const before = await db().user.findUniqueOrThrow({ where: { email: taken } })

    const fresh = await call<UserData>('POST', '/api/auth/register', { json: body(uniqueEmail('fresh')) })
    const again = await call<UserData>('POST', '/api/auth/register', {
      json: { ...body(taken), name: 'Someone Else', password: 'another-long-secret-99', password_confirmation: 'another-long-secret-99' },
    })
    expect(again.status).toBe(fresh.status)
    expect(again.body.message).toBe(fresh.body.message)
    expect(Object.keys(again.body.data).sort()).toEqual(Object.keys(fresh.body.data).sort())
    expect(again.body.data.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(again.body.data.id).not.toBe(first.body.data.id)
    expect(again.body.data).toMatchObject({ email: taken, role: 'user', email_verified: false, name: 'Someone Else' })
    expect([...again.headers.keys()].sort()).toEqual([...fresh.headers.keys()].sort())

    const after = await db().user.findUniqueOrThrow({ where: { email: taken } })
    expect(after).toEqual(before)
    expect(await db().user.count({ where: { email: taken } })).toBe(1)
    const notice = await env.smtp().waitForMail(taken)
    expect(notice.subject).toMatch(/tried to register/i)
    expect(notice.text).not.toMatch(/\b\d{6}\b/)
    // The cooldown starts for both, so an immediate resend cannot tell them apart either.
    const resendTaken = await call('POST', '/api/auth/resend-otp', { json: { email: taken, purpose: 'verify_email' } })
    expect(resendTaken.status).toBe(429)
  })

  it('refuses invalid payloads with the 400 envelope and errors per field', async () => {
    const tooCommon = 'This password is too common or predictable; choose another'
    // Too long and nothing else ('x'.repeat(129) would also be refused as predictable).
    const tooLong = Array.from({ length: 129 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7 + Math.floor(i / 5)) % 36]).join('')
    const cases: Array<[Record<string, unknown>, string, string[]]> = [
      [body('not-an-email'), 'email', ['Enter a valid email address']],
      [body(uniqueEmail(), { password: 'short', password_confirmation: 'short' }), 'password', ['Use at least 12 characters']],
      [body(uniqueEmail(), { password: tooLong, password_confirmation: tooLong }), 'password', ['Use at most 128 characters']],
      [body(uniqueEmail(), { password: 'Password123456!', password_confirmation: 'Password123456!' }), 'password', [tooCommon]],
      [body(uniqueEmail(), { password: 'qwertyuiop1234', password_confirmation: 'qwertyuiop1234' }), 'password', [tooCommon]],
      [body(uniqueEmail(), { password_confirmation: 'something-else-entirely' }), 'password_confirmation', ['Passwords do not match']],
      [{ email: uniqueEmail(), password: PASSWORD, password_confirmation: PASSWORD }, 'name', ['Required']],
    ]
    for (const [json, field, messages] of cases) {
      const answer = await call('POST', '/api/auth/register', { json })
      expect(answer.status, field).toBe(400)
      expect(answer.body, field).toMatchObject({ status: 400, message: 'Validation failed', data: null, errors: { [field]: messages } })
    }
    const malformed = await call('POST', '/api/auth/register', { headers: { 'content-type': 'application/json' }, json: undefined })
    expect(malformed.status).toBe(400)
    expect(malformed.body).toMatchObject({ status: 400, message: 'Malformed request body', data: null })
  })

  it('accepts 64 and 128 characters, and a long passphrase', async () => {
    for (const password of [
      'a'.repeat(20) + 'b'.repeat(20) + 'kettle-marble-47-xyzw',
      Array.from({ length: 128 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7 + Math.floor(i / 5)) % 36]).join(''),
      'correct horse battery staple on the moon',
    ]) {
      const answer = await call('POST', '/api/auth/register', { json: body(uniqueEmail(), { password, password_confirmation: password }) })
      expect(answer.status, password).toBe(201)
    }
  })

  it('verifies the email with the mailed link, once', async () => {
    const email = uniqueEmail('link')
    await call('POST', '/api/auth/register', { json: body(email) })
    const link = linkFrom(await env.smtp().waitForMail(email), 'http://localhost:3000/api/auth/verify-email')
    const url = new URL(link)
    expect(url.origin).toBe('http://localhost:3000')
    const unverifiedLogin = await call('POST', '/api/auth/login', { json: { email, password: PASSWORD } })
    expect(unverifiedLogin.status).toBe(403)

    const verified = await call<UserData>('GET', `${url.pathname}${url.search}`)
    expect(verified.status).toBe(200)
    expect(verified.headers.get('referrer-policy')).toBe('no-referrer')
    expect(verified.body.data).toMatchObject({ email, email_verified: true })
    expect((await call('GET', `${url.pathname}${url.search}`)).status).toBe(400)
    expect((await call('GET', '/api/auth/verify-email?token=forged')).status).toBe(400)
    expect((await call('POST', '/api/auth/login', { json: { email, password: PASSWORD } })).status).toBe(200)
    expect(await db().auditLog.count({ where: { action: 'user.email_verified', entityId: verified.body.data.id } })).toBe(1)
  })

  it('builds links from APP_URL, never from the Host header', async () => {
    const email = uniqueEmail('host')
    await call('POST', '/api/auth/register', { json: body(email), headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } })
    const mail = await env.smtp().waitForMail(email)
    expect(mail.text).not.toContain('evil.example')
    expect(mail.html).not.toContain('evil.example')
  })
})
