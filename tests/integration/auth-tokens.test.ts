import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { REFRESH_REUSE_GRACE_MS } from '@/lib/services/auth/token-pair'
import { bearer, call, login, registerVerified, setupAuthTests, type LoginData } from '../helpers/auth'

const env = setupAuthTests()
type Pair = Omit<LoginData, 'user'>
const refresh = (refresh_token: string) => call<Pair>('POST', '/api/auth/refresh', { json: { refresh_token } })
const profileStatus = async (token: string) => (await call('GET', '/api/user/profile', { headers: bearer(token) })).status

describe('refresh tokens', () => {
  it('rotates: each refresh token works once and returns a new pair', async () => {
    const { refresh_token } = await login(await registerVerified(env.smtp()))
    const first = await refresh(refresh_token)
    expect(first.status).toBe(200)
    expect(first.body.data).toMatchObject({ token_type: 'Bearer', expires_in: 900 })
    expect(first.body.data.refresh_token).not.toBe(refresh_token)
    expect(await profileStatus(first.body.data.access_token)).toBe(200)
    expect((await refresh(first.body.data.refresh_token)).status).toBe(200)
  })

  it('revokes the whole family when a rotated token is presented again', async () => {
    const { refresh_token: stolen } = await login(await registerVerified(env.smtp()))
    const legit = await refresh(stolen)
    // Past the grace period for duplicate refreshes, a replay is theft.
    await db().refreshToken.updateMany({ where: { revokedAt: { not: null } }, data: { revokedAt: new Date(Date.now() - REFRESH_REUSE_GRACE_MS - 1_000) } })
    const replay = await refresh(stolen)
    expect(replay.status).toBe(401)
    expect(replay.body).toMatchObject({ status: 401, message: 'Invalid or expired refresh token', data: null })
    // The legitimate client's newer token died with the family.
    expect((await refresh(legit.body.data.refresh_token)).status).toBe(401)
  })

  it('lets exactly one of 20 parallel refreshes of one token win', async () => {
    const { refresh_token } = await login(await registerVerified(env.smtp()))
    const answers = await Promise.all(Array.from({ length: 20 }, () => refresh(refresh_token)))
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(19)
    // The duplicates did not sign the client out: the winner's new token still works.
    const winner = answers.find((answer) => answer.status === 200)!
    expect((await refresh(winner.body.data.refresh_token)).status).toBe(200)
  })

  it('refuses a duplicate refresh within the grace period without revoking the family', async () => {
    const { refresh_token } = await login(await registerVerified(env.smtp()))
    const first = await refresh(refresh_token)
    expect((await refresh(refresh_token)).status).toBe(401)
    expect((await refresh(first.body.data.refresh_token)).status).toBe(200)
  })

  it('logout revokes the refresh token and the access token; other apps refresh on', async () => {
    const email = await registerVerified(env.smtp())
    const phone = await login(email)
    const laptop = await login(email)
    const out = await call('POST', '/api/auth/logout', { json: { refresh_token: phone.refresh_token } })
    expect(out.body).toMatchObject({ status: 200, data: null })
    expect((await refresh(phone.refresh_token)).status).toBe(401)
    expect(await profileStatus(phone.access_token)).toBe(401)
    const renewed = await refresh(laptop.refresh_token)
    expect(renewed.status).toBe(200)
    expect(await profileStatus(renewed.body.data.access_token)).toBe(200)
    // Idempotent, and says nothing about unknown tokens.
    expect((await call('POST', '/api/auth/logout', { json: { refresh_token: phone.refresh_token } })).status).toBe(200)
    expect((await call('POST', '/api/auth/logout', { json: { refresh_token: 'unknown' } })).status).toBe(200)
  })

  it('refuses a refresh token as an access token, garbage, and a deactivated user', async () => {
    const email = await registerVerified(env.smtp())
    const pair = await login(email)
    expect(await profileStatus(pair.refresh_token)).toBe(401)
    expect((await refresh('garbage')).status).toBe(401)
    await db().user.update({ where: { email }, data: { isActive: false } })
    expect((await refresh(pair.refresh_token)).status).toBe(401)
  })

  it('stores refresh tokens only as hashes', async () => {
    const pair = await login(await registerVerified(env.smtp()))
    const rows = await db().refreshToken.findMany({ where: { user: { email: pair.user.email } } })
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.tokenHash).not.toBe(pair.refresh_token)
    expect(await db().refreshToken.count({ where: { tokenHash: pair.refresh_token } })).toBe(0)
  })

  it('refuses invalid payloads with 400', async () => {
    const answer = await call('POST', '/api/auth/refresh', { json: {} })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({
      status: 400,
      message: 'Validation failed',
      data: null,
      errors: { refresh_token: ['Required'] },
    })
  })
})
