import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { PASSWORD, bearer, call, login, registerVerified, setupAuthTests } from '../helpers/auth'
import { codeFrom } from '../helpers/smtp'

const env = setupAuthTests()
const NEW_PASSWORD = 'saffron-lighthouse-orbit-7'
const profileStatus = async (token: string) => (await call('GET', '/api/user/profile', { headers: bearer(token) })).status

async function resetToken(email: string): Promise<string> {
  await call('POST', '/api/auth/send-otp', { json: { email, purpose: 'reset_password' } })
  const code = codeFrom(await env.smtp().waitForMail(email, (mail) => /reset/i.test(mail.subject)))
  const answer = await call<{ reset_token: string }>('POST', '/api/auth/verify-otp', { json: { email, otp: code } })
  expect(answer.status).toBe(200)
  return answer.body.data.reset_token
}

describe('password reset', () => {
  it('sets the new password and revokes refresh tokens and old access tokens', async () => {
    const email = await registerVerified(env.smtp())
    const session = await login(email)
    const token = await resetToken(email)
    const answer = await call('POST', '/api/auth/reset-password', { json: { reset_token: token, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD } })
    expect(answer.body).toMatchObject({ status: 200, data: null })
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer')

    expect((await call('POST', '/api/auth/refresh', { json: { refresh_token: session.refresh_token } })).status).toBe(401)
    expect(await profileStatus(session.access_token)).toBe(401)
    expect((await call('POST', '/api/auth/login', { json: { email, password: PASSWORD } })).status).toBe(401)
    expect((await call('POST', '/api/auth/login', { json: { email, password: NEW_PASSWORD } })).status).toBe(200)
    expect(await env.smtp().waitForMail(email, (mail) => /password was changed/i.test(mail.subject))).toBeTruthy()
    const user = await db().user.findUniqueOrThrow({ where: { email } })
    expect(await db().auditLog.count({ where: { action: 'user.password_reset', entityId: user.id } })).toBe(1)
    // The reset token is single use, and stored only hashed.
    expect(await db().passwordResetToken.count({ where: { tokenHash: token } })).toBe(0)
    const again = await call('POST', '/api/auth/reset-password', {
      json: { reset_token: token, password: 'yet-another-fine-secret', password_confirmation: 'yet-another-fine-secret' },
    })
    expect(again.body).toMatchObject({
      status: 400,
      message: 'Invalid or expired reset token',
      errors: { reset_token: ['Invalid or expired reset token; ask for a new code'] },
    })
  })

  it('refuses an expired reset token, a mismatched confirmation and a common password', async () => {
    const email = await registerVerified(env.smtp())
    const token = await resetToken(email)
    const mismatch = await call('POST', '/api/auth/reset-password', { json: { reset_token: token, password: NEW_PASSWORD, password_confirmation: 'nope' } })
    expect(mismatch.body).toMatchObject({ status: 400, message: 'Validation failed', errors: { password_confirmation: ['Passwords do not match'] } })
    const common = await call('POST', '/api/auth/reset-password', {
      json: { reset_token: token, password: 'password123456', password_confirmation: 'password123456' },
    })
    expect(common.body).toMatchObject({
      status: 400,
      message: 'Validation failed',
      errors: { password: ['This password is too common or predictable; choose another'] },
    })
    await db().passwordResetToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const expired = await call('POST', '/api/auth/reset-password', {
      json: { reset_token: token, password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD },
    })
    expect(expired.body).toMatchObject({
      status: 400,
      message: 'Invalid or expired reset token',
      errors: { reset_token: ['Invalid or expired reset token; ask for a new code'] },
    })
  })
})

describe('POST /api/auth/change-password', () => {
  it('needs a signed-in user', async () => {
    expect((await call('POST', '/api/auth/change-password', { json: { password: PASSWORD, new_password: NEW_PASSWORD } })).status).toBe(401)
  })

  it('checks the current password, then revokes every session', async () => {
    const email = await registerVerified(env.smtp())
    const session = await login(email)
    const wrong = await call('POST', '/api/auth/change-password', {
      headers: bearer(session.access_token),
      json: { password: 'not-my-password-at-all', new_password: NEW_PASSWORD },
    })
    expect(wrong.body).toMatchObject({ status: 400, errors: { password: ['Current password is incorrect'] } })
    const weak = await call('POST', '/api/auth/change-password', {
      headers: bearer(session.access_token),
      json: { password: PASSWORD, new_password: 'qwerty123456' },
    })
    expect(weak.body).toMatchObject({
      status: 400,
      message: 'Validation failed',
      errors: { new_password: ['This password is too common or predictable; choose another'] },
    })

    const changed = await call('POST', '/api/auth/change-password', {
      headers: bearer(session.access_token),
      json: { password: PASSWORD, new_password: NEW_PASSWORD },
    })
    expect(changed.body).toMatchObject({ status: 200, data: null })
    expect(await profileStatus(session.access_token)).toBe(401)
    expect((await call('POST', '/api/auth/refresh', { json: { refresh_token: session.refresh_token } })).status).toBe(401)
    expect((await call('POST', '/api/auth/login', { json: { email, password: NEW_PASSWORD } })).status).toBe(200)
    const user = await db().user.findUniqueOrThrow({ where: { email } })
    expect(await db().auditLog.count({ where: { action: 'user.password_changed', entityId: user.id } })).toBe(1)
  })

  it('answers 429 after 5 wrong current passwords', async () => {
    const session = await login(await registerVerified(env.smtp()))
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (
          await call('POST', '/api/auth/change-password', {
            headers: bearer(session.access_token),
            json: { password: `wrong-current-${i}-pw`, new_password: NEW_PASSWORD },
          })
        ).status,
      )
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429])
  })
})
