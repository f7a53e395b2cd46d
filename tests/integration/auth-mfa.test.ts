import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { signAccessToken } from '@/lib/auth/access-token'
import { TOTP_PERIOD_SECONDS, totpCodeAt } from '@/lib/auth/totp'
import { resetConfig } from '@/lib/config'
import { db } from '@/lib/db'
import { resetRateLimits } from '@/lib/rate-limit/store'
import { forgetSecuritySettings } from '@/lib/services/mfa/mfa-policy'
import { PASSWORD, bearer, call, login, registerVerified, setupAuthTests, type LoginData } from '../helpers/auth'
import { codeFrom } from '../helpers/smtp'

const env = setupAuthTests()
const STEP_MS = TOTP_PERIOD_SECONDS * 1000

interface MfaRequired {
  mfa_required: true
  mfa_token: string
  methods: string[]
  expires_in: number
}

/*
 * Codes are computed from the secret the API hands out, never mocked. Only the clock is pinned
 * (Date alone: timers, the database and the SMTP server run as usual), in the middle of a 30-second
 * step, so that "the previous step" and "the next step" mean what the test says.
 */
let now = 0
const codeAt = (secret: string, steps: number) => totpCodeAt(secret, now + steps * STEP_MS)

beforeEach(() => {
  now = Math.floor(Date.now() / STEP_MS) * STEP_MS + STEP_MS / 2
  vi.useFakeTimers({ toFake: ['Date'], now })
})
afterEach(async () => {
  vi.useRealTimers()
  delete process.env.REQUIRE_MFA
  resetConfig()
  await db().appSetting.deleteMany({})
  forgetSecuritySettings()
})

/** A verified account with an authenticator set up through the API; returns what a client keeps. */
async function enrolled(email?: string) {
  const address = await registerVerified(env.smtp(), email)
  const session = await login(address)
  const begun = await call<{ secret: string; otpauth_uri: string; qr_svg: string }>('POST', '/api/user/mfa/totp', { headers: bearer(session.access_token) })
  expect(begun.status).toBe(200)
  const { secret } = begun.body.data
  // The first code may be the previous step's (a phone clock a little behind).
  const confirmed = await call<{ recovery_codes: string[] }>('POST', '/api/user/mfa/totp/confirm', {
    json: { code: codeAt(secret, -1) },
    headers: bearer(session.access_token),
  })
  expect(confirmed.status).toBe(200)
  await env.smtp().waitForMail(address, (mail) => mail.subject === 'An authenticator app was added to your account')
  return { email: address, secret, recoveryCodes: confirmed.body.data.recovery_codes, session }
}

const passwordLogin = (email: string) => call<MfaRequired | LoginData>('POST', '/api/auth/login', { json: { email, password: PASSWORD } })
const verify = (mfa_token: string, code: string) => call<LoginData>('POST', '/api/auth/mfa/verify', { json: { mfa_token, code } })

async function challenge(email: string): Promise<string> {
  const answer = await passwordLogin(email)
  expect(answer.status).toBe(200)
  const data = answer.body.data as MfaRequired
  expect(data).toEqual({ mfa_required: true, mfa_token: expect.any(String), methods: ['totp', 'recovery_code'], expires_in: 300 })
  expect(answer.body).toMatchObject({ message: 'Second factor required' })
  return data.mfa_token
}

describe('authenticator app (TOTP)', () => {
  it('enrols with a secret shown once, a QR code drawn locally and ten recovery codes', async () => {
    const email = await registerVerified(env.smtp())
    const { access_token } = await login(email)
    const begun = await call<{ secret: string; otpauth_uri: string; qr_svg: string }>('POST', '/api/user/mfa/totp', { headers: bearer(access_token) })
    expect(begun.body.data.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(begun.body.data.otpauth_uri).toMatch(/^otpauth:\/\/totp\/VI%20Cross:.+\?.*secret=[A-Z2-7]{32}/)
    expect(begun.body.data.otpauth_uri).toContain('period=30')
    expect(begun.body.data.qr_svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    // Stored sealed: the secret itself is nowhere in the row.
    const row = await db().totpCredential.findFirstOrThrow({ where: { user: { email } } })
    expect(row.secretEncrypted).not.toContain(begun.body.data.secret)
    expect(row.confirmedAt).toBeNull()

    // Not on until a right code comes back.
    expect((await passwordLogin(email)).body.data).toHaveProperty('access_token')
    const wrong = await call('POST', '/api/user/mfa/totp/confirm', { json: { code: codeAt(begun.body.data.secret, 5) }, headers: bearer(access_token) })
    expect(wrong.status).toBe(400)
    expect(wrong.body).toMatchObject({ errors: { code: [expect.stringContaining('not right')] } })
    const confirmed = await call<{ recovery_codes: string[] }>('POST', '/api/user/mfa/totp/confirm', {
      json: { code: codeAt(begun.body.data.secret, 0) },
      headers: bearer(access_token),
    })
    expect(confirmed.status).toBe(200)
    const codes = confirmed.body.data.recovery_codes
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
    const stored = await db().recoveryCode.findMany({ where: { user: { email } } })
    expect(stored).toHaveLength(10)
    for (const { codeHash } of stored) expect(codes.some((code) => codeHash.includes(code) || codeHash.includes(code.replace('-', '')))).toBe(false)
    expect(await db().auditLog.count({ where: { action: 'user.mfa_totp_added', entityId: row.userId } })).toBe(1)

    // A second enrolment is refused while one is on.
    expect((await call('POST', '/api/user/mfa/totp', { headers: bearer(access_token) })).status).toBe(409)
    const status = await call('GET', '/api/user/mfa', { headers: bearer(access_token) })
    expect(status.body.data).toEqual({ totp: true, recovery_codes_left: 10, required: false })
  })

  it('asks for the second factor after the password, and accepts the previous, current and next step once each', async () => {
    const { email, secret } = await enrolled()
    // The enrolment used step -1. Step 0 and step +1 work, each once; going back does not.
    const first = await verify(await challenge(email), codeAt(secret, 0))
    expect(first.status).toBe(200)
    expect(first.body.data).toMatchObject({ user: { email }, token_type: 'Bearer', expires_in: 900 })
    expect((await call('GET', '/api/user/profile', { headers: bearer(first.body.data.access_token) })).status).toBe(200)

    const replayed = await verify(await challenge(email), codeAt(secret, 0))
    expect(replayed.status).toBe(401)
    expect(replayed.body).toMatchObject({ errors: { code: ['That code is not right'] } })
    expect((await verify(await challenge(email), codeAt(secret, 1))).status).toBe(200)
    expect((await verify(await challenge(email), codeAt(secret, 1))).status).toBe(401)
    // Two steps ahead is outside the window.
    expect((await verify(await challenge(email), codeAt(secret, 2))).status).toBe(401)
    // 30 seconds later, that step is the next one, and works.
    vi.setSystemTime(now + STEP_MS)
    expect((await verify(await challenge(email), codeAt(secret, 2))).status).toBe(200)
  })

  it('lets exactly one of several parallel requests with the same code through', async () => {
    const { email, secret } = await enrolled()
    const tokens = await Promise.all(Array.from({ length: 4 }, () => challenge(email)))
    const answers = await Promise.all(tokens.map((token) => verify(token, codeAt(secret, 0))))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401, 401])
  })

  it('spends the challenge: the same mfa_token works once, and not after 5 minutes', async () => {
    const { email, secret } = await enrolled()
    const token = await challenge(email)
    expect((await verify(token, codeAt(secret, 0))).status).toBe(200)
    const again = await verify(token, codeAt(secret, 1))
    expect(again.status).toBe(401)
    expect(again.body.message).toMatch(/expired or was already used/)

    const late = await challenge(email)
    vi.setSystemTime(now + 301_000)
    expect((await verify(late, codeAt(secret, 10))).status).toBe(401)
    expect((await verify('not-a-token', codeAt(secret, 10))).status).toBe(401)
  })

  it('locks the account after 5 wrong codes, across challenges, even for the right code', async () => {
    const { email, secret } = await enrolled()
    const token = await challenge(email)
    for (let i = 0; i < 5; i++) expect((await verify(token, '000000')).status).toBe(401)
    // That challenge is used up…
    expect((await verify(token, codeAt(secret, 0))).status).toBe(401)
    // …and signing in again buys no more guesses: the account waits.
    const locked = await verify(await challenge(email), codeAt(secret, 0))
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
    resetRateLimits()
    expect((await verify(await challenge(email), codeAt(secret, 0))).status).toBe(200)
  })

  it('asks for it after an emailed sign-in code as well', async () => {
    const { email, secret } = await enrolled()
    expect((await call('POST', '/api/auth/send-otp', { json: { email, purpose: 'login' } })).status).toBe(200)
    const otp = codeFrom(await env.smtp().waitForMail(email, (mail) => mail.subject === 'Your sign-in code'))
    const answer = await call<MfaRequired>('POST', '/api/auth/verify-otp', { json: { email, otp, purpose: 'login' } })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ mfa_required: true })
    expect(answer.body.data).not.toHaveProperty('access_token')
    expect((await verify(answer.body.data.mfa_token, codeAt(secret, 0))).status).toBe(200)
  })

  it('removes the authenticator only with a current code; sign-in is one step again', async () => {
    const { email, secret, session } = await enrolled()
    const refused = await call('POST', '/api/user/mfa/totp/remove', { json: { code: '123456' }, headers: bearer(session.access_token) })
    expect(refused.status).toBe(400)
    const removed = await call('POST', '/api/user/mfa/totp/remove', { json: { code: codeAt(secret, 0) }, headers: bearer(session.access_token) })
    expect(removed.status).toBe(200)
    await env.smtp().waitForMail(email, (mail) => mail.subject === 'The authenticator app was removed from your account')
    expect((await passwordLogin(email)).body.data).toHaveProperty('access_token')
    expect(await db().recoveryCode.count({ where: { user: { email } } })).toBe(0)
  })
})

describe('recovery codes', () => {
  it('each works once in place of a code, and its use is mailed', async () => {
    const { email, recoveryCodes } = await enrolled()
    // Typed back in capitals with spaces: still the code.
    const typed = recoveryCodes[0]!.toUpperCase().replace('-', ' ')
    const used = await verify(await challenge(email), typed)
    expect(used.status).toBe(200)
    const mail = await env.smtp().waitForMail(email, (candidate) => candidate.subject === 'A recovery code was used to sign in')
    expect(mail.text).toContain('9 unused codes are left')
    expect((await verify(await challenge(email), recoveryCodes[0]!)).status).toBe(401)
    expect(await db().auditLog.count({ where: { action: 'user.recovery_code_used', actor: { email } } })).toBe(1)
  })

  it('a code of one account does nothing for another', async () => {
    const ada = await enrolled()
    const bob = await enrolled()
    expect((await verify(await challenge(bob.email), ada.recoveryCodes[1]!)).status).toBe(401)
  })

  it('regenerating needs a current code and kills the old set', async () => {
    const { email, secret, recoveryCodes, session } = await enrolled()
    expect((await call('POST', '/api/user/mfa/recovery-codes', { json: { code: '000000' }, headers: bearer(session.access_token) })).status).toBe(400)
    const fresh = await call<{ recovery_codes: string[] }>('POST', '/api/user/mfa/recovery-codes', {
      json: { code: codeAt(secret, 0) },
      headers: bearer(session.access_token),
    })
    expect(fresh.status).toBe(200)
    expect(fresh.body.data.recovery_codes).toHaveLength(10)
    await env.smtp().waitForMail(email, (mail) => mail.subject === 'New recovery codes were created for your account')
    expect((await verify(await challenge(email), recoveryCodes[2]!)).status).toBe(401)
    expect((await verify(await challenge(email), fresh.body.data.recovery_codes[0]!)).status).toBe(200)
  })
})

describe('requiring a second factor of staff and admins', () => {
  async function signedIn(role: 'user' | 'staff' | 'admin') {
    const email = await registerVerified(env.smtp())
    const user = await db().user.update({ where: { email }, data: { role } })
    const token = await signAccessToken({ userId: user.id, role, sessionVersion: user.sessionVersion })
    return { email, id: user.id, headers: bearer(token) }
  }

  it('is off by default: staff without a factor work as before', async () => {
    const staff = await signedIn('staff')
    expect((await call('GET', '/api/tradebooth/get-details-tradebooths', { headers: staff.headers })).status).toBe(200)
    expect((await call('GET', '/api/user/mfa', { headers: staff.headers })).body.data).toMatchObject({ required: false })
  })

  it('an admin turns it on only with a factor of their own; then staff without one reach only the set-up', async () => {
    const admin = await signedIn('admin')
    const refused = await call('PATCH', '/api/settings/security', { json: { require_mfa_for_staff: true }, headers: admin.headers })
    expect(refused.status).toBe(409)

    const protectedAdmin = await enrolled()
    await db().user.update({ where: { email: protectedAdmin.email }, data: { role: 'admin' } })
    const adminToken = (await verify(await challenge(protectedAdmin.email), codeAt(protectedAdmin.secret, 0))).body.data.access_token
    const on = await call('PATCH', '/api/settings/security', { json: { require_mfa_for_staff: true }, headers: bearer(adminToken) })
    expect(on.status).toBe(200)
    expect(on.body.data).toEqual({ require_mfa_for_staff: true, forced_by_environment: false })
    expect(await db().auditLog.count({ where: { action: 'settings.require_mfa_changed' } })).toBeGreaterThanOrEqual(1)

    const staff = await signedIn('staff')
    for (const [method, path] of [
      ['GET', '/api/tradebooth/get-details-tradebooths'],
      ['GET', '/api/company/get-details-companies'],
      ['GET', '/api/rooms'],
      ['POST', '/api/auth/change-password'],
    ] as const) {
      const answer = await call(method, path, {
        headers: staff.headers,
        json: method === 'POST' ? { password: PASSWORD, new_password: 'a-new-long-passphrase-9' } : undefined,
      })
      expect(answer.status, `${method} ${path}`).toBe(403)
      expect(answer.body).toMatchObject({ errors: { mfa: [expect.any(String)] } })
    }
    // The admin without a factor is held the same way, admin routes included.
    expect((await call('GET', '/api/auth/all-users-data', { headers: admin.headers })).status).toBe(403)
    expect((await call('GET', '/api/user/profile', { headers: staff.headers })).status).toBe(200)
    expect((await call('GET', '/api/user/mfa', { headers: staff.headers })).body.data).toEqual({ totp: false, recovery_codes_left: 0, required: true })

    // Plain users are not concerned.
    const plain = await signedIn('user')
    expect((await call('GET', '/api/tradebooth/get-details-tradebooths', { headers: plain.headers })).status).toBe(200)

    // Setting one up opens everything.
    const begun = await call<{ secret: string }>('POST', '/api/user/mfa/totp', { headers: staff.headers })
    expect(begun.status).toBe(200)
    expect((await call('POST', '/api/user/mfa/totp/confirm', { json: { code: codeAt(begun.body.data.secret, 0) }, headers: staff.headers })).status).toBe(200)
    expect((await call('GET', '/api/tradebooth/get-details-tradebooths', { headers: staff.headers })).status).toBe(200)
  })

  it('REQUIRE_MFA=staff forces it whatever the stored setting says', async () => {
    process.env.REQUIRE_MFA = 'staff'
    resetConfig()
    const staff = await signedIn('staff')
    expect((await call('GET', '/api/tradebooth/get-details-tradebooths', { headers: staff.headers })).status).toBe(403)
    const admin = await enrolled()
    await db().user.update({ where: { email: admin.email }, data: { role: 'admin' } })
    const token = (await verify(await challenge(admin.email), codeAt(admin.secret, 0))).body.data.access_token
    const settings = await call('GET', '/api/settings/security', { headers: bearer(token) })
    expect(settings.body.data).toEqual({ require_mfa_for_staff: true, forced_by_environment: true })
  })

  it('the settings are the admins’ alone', async () => {
    const staff = await signedIn('staff')
    expect((await call('GET', '/api/settings/security', { headers: staff.headers })).status).toBe(403)
    expect((await call('PATCH', '/api/settings/security', { json: { require_mfa_for_staff: false }, headers: staff.headers })).status).toBe(403)
    expect((await call('GET', '/api/settings/security')).status).toBe(401)
  })
})
