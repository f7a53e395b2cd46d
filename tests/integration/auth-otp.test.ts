import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { resetRateLimits } from '@/lib/rate-limit/store'
import { settleAfterResponse } from '@/lib/services/auth/after-response'
import { sendOneTimeCode } from '@/lib/services/auth/send-one-time-code'
import { verifyOneTimeCode } from '@/lib/services/auth/verify-one-time-code'
import { bearer, call, registerVerified, uniqueEmail, setupAuthTests, type LoginData, withoutRequestId } from '../helpers/auth'
import { codeFrom } from '../helpers/smtp'

const env = setupAuthTests()
const sendCode = (email: string, purpose = 'reset_password', path = '/api/auth/send-otp') => call('POST', path, { json: { email, purpose } })
const verify = (email: string, otp: string, purpose = 'reset_password') =>
  call<Record<string, unknown>>('POST', '/api/auth/verify-otp', { json: { email, otp, purpose } })
const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

async function freshCode(email: string, purpose = 'reset_password'): Promise<string> {
  // As if the 60 s cooldown had passed: its limits are gone, and the work earlier answers left for
  // afterwards (a wrong guess's streak, counted after its answer to keep its timing) is done.
  resetRateLimits()
  await settleAfterResponse()
  expect((await sendCode(email, purpose)).status).toBe(200)
  return codeFrom(await env.smtp().waitForMail(email))
}

describe('one-time codes', () => {
  it('mails a 6-digit code that works once and only for its purpose', async () => {
    const email = await registerVerified(env.smtp())
    const code = await freshCode(email)
    expect((await verify(email, code, 'login')).status).toBe(400)
    const answer = await verify(email, code)
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ reset_token: expect.any(String), expires_in: 900 })
    const replay = await verify(email, code)
    expect(replay.body).toMatchObject({ status: 400, errors: { otp: ['Invalid or expired code'] } })
  })

  it('kills a code after 5 wrong guesses: the 6th fails even when right', async () => {
    const email = await registerVerified(env.smtp())
    const code = await freshCode(email)
    for (let i = 0; i < 5; i++) expect((await verify(email, wrongCode(code))).status).toBe(400)
    expect((await verify(email, code)).status).toBe(400)
  })

  it('does not reset the failure count when a new code is issued', async () => {
    const email = await registerVerified(env.smtp())
    const first = await freshCode(email)
    for (let i = 0; i < 3; i++) expect((await verify(email, wrongCode(first))).status).toBe(400)
    const second = await freshCode(email)
    expect((await verify(email, first)).status).toBe(400) // the older code stopped working
    // Four wrong guesses so far (3 + the stale code); the new code has one wrong guess left, not five.
    expect((await verify(email, wrongCode(second))).status).toBe(400)
    expect((await verify(email, second)).status).toBe(400)
    // Even after many failures a new code allows one guess, so the owner is never locked out, and a right one clears the streak.
    const third = await freshCode(email)
    expect((await verify(email, third)).status).toBe(200)
    expect((await db().user.findUniqueOrThrow({ where: { email } })).otpFailures).toBe(0)
  })

  it('answers a resend within 60 s with 429 and Retry-After, the same for an unknown email', async () => {
    const email = await registerVerified(env.smtp())
    const nobody = uniqueEmail('nobody')
    const sent = await sendCode(email, 'reset_password', '/api/auth/send-otp')
    const sentNobody = await sendCode(nobody, 'reset_password', '/api/auth/send-otp')
    expect(withoutRequestId(sent.body)).toEqual(withoutRequestId(sentNobody.body))
    expect(sent.headers.get('ratelimit')).toBe(sentNobody.headers.get('ratelimit'))
    await env.smtp().waitForMail(email)

    const again = await sendCode(email, 'reset_password', '/api/auth/resend-otp')
    const againNobody = await sendCode(nobody, 'reset_password', '/api/auth/resend-otp')
    for (const answer of [again, againNobody]) {
      expect(answer.status).toBe(429)
      const retryAfter = Number(answer.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(50)
      expect(retryAfter).toBeLessThanOrEqual(60)
    }
    expect(withoutRequestId(again.body)).toEqual(withoutRequestId(againNobody.body))
    // The cooldown is per purpose: a login code can still be sent.
    expect((await sendCode(email, 'login', '/api/auth/resend-otp')).status).toBe(200)
    // The default purpose is reset_password.
    expect((await call('POST', '/api/auth/send-otp', { json: { email: uniqueEmail() } })).status).toBe(200)
  })

  it('limits codes per email per hour and per IP', async () => {
    const email = await registerVerified(env.smtp())
    resetRateLimits()
    for (let i = 0; i < 10; i++) {
      resetRateLimits('otp-cooldown') // the minute between two codes has passed
      await sendOneTimeCode({ email, purpose: 'login' })
    }
    resetRateLimits('otp-cooldown')
    await expect(sendOneTimeCode({ email, purpose: 'reset_password' })).rejects.toMatchObject({
      code: 'rate_limited',
      headers: { 'Retry-After': expect.stringMatching(/^\d+$/) },
    })
    resetRateLimits()
    const results: string[] = []
    for (let i = 0; i < 31; i++) {
      results.push(
        await sendOneTimeCode({ email: uniqueEmail('ip'), purpose: 'login', ip: '192.0.2.1' }).then(
          () => 'sent',
          (error: { code: string }) => error.code,
        ),
      )
    }
    expect(results.slice(0, 30).every((outcome) => outcome === 'sent')).toBe(true)
    expect(results[30]).toBe('rate_limited')
  })

  it('verify_email marks the address verified and returns the user; login returns a token pair', async () => {
    const email = uniqueEmail('verify')
    const password = 'violet-harbour-engine-42'
    await call('POST', '/api/auth/register', { json: { name: 'V', email, password, password_confirmation: password } })
    const code = codeFrom(await env.smtp().waitForMail(email))
    const verified = await verify(email, code, 'verify_email')
    expect(verified.body.data).toMatchObject({ email, email_verified: true })

    const loginCode = await freshCode(email, 'login')
    const signedIn = await call<LoginData>('POST', '/api/auth/verify-otp', { json: { email, otp: loginCode, purpose: 'login' } })
    expect(signedIn.body.data).toMatchObject({ user: { email }, token_type: 'Bearer', expires_in: 900 })
    expect((await call('GET', '/api/user/profile', { headers: bearer(signedIn.body.data.access_token) })).status).toBe(200)
  })

  it('gives an unknown email the same answer on verify, and nothing is mailed to it', async () => {
    const nobody = uniqueEmail('ghost')
    const email = await registerVerified(env.smtp())
    await freshCode(email)
    await sendCode(nobody)
    const unknown = await verify(nobody, '123456')
    const wrong = await verify(email, '000000')
    expect(withoutRequestId(unknown.body)).toEqual(withoutRequestId(wrong.body))
    await expect(env.smtp().waitForMail(nobody, undefined, 300)).rejects.toThrow(/No mail/)
  })

  it('one guess per attempt even in parallel: 10 parallel guesses use up the code', async () => {
    const email = await registerVerified(env.smtp())
    const code = await freshCode(email)
    const user = await db().user.findUniqueOrThrow({ where: { email } })
    const invalidCode = { code: 'validation', message: 'Invalid or expired code', errors: { otp: ['Invalid or expired code'] } }
    const guesses = Array.from({ length: 10 }, (_, i) =>
      verifyOneTimeCode({ email, purpose: 'reset_password', code: wrongCode(String((Number(code) + i) % 1e6).padStart(6, '0')) }),
    )
    const outcomes = await Promise.allSettled(guesses)
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(10).fill('rejected'))
    for (const outcome of outcomes) expect((outcome as PromiseRejectedResult).reason).toMatchObject(invalidCode)
    const row = await db().oneTimeCode.findFirstOrThrow({ where: { userId: user.id, purpose: 'reset_password' }, orderBy: { createdAt: 'desc' } })
    expect(row.attempts).toBe(5)
    await expect(verifyOneTimeCode({ email, purpose: 'reset_password', code })).rejects.toMatchObject(invalidCode)
  })

  it('refuses malformed codes and purposes with 400 errors', async () => {
    const answer = await call('POST', '/api/auth/verify-otp', { json: { email: uniqueEmail(), otp: '12ab', purpose: 'admin' } })
    expect(answer.status).toBe(400)
    expect(Object.keys(answer.body.errors ?? {}).sort()).toEqual(['otp', 'purpose'])
  })
})
