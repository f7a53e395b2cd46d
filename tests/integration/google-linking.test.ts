import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { hashPassword } from '@/lib/auth/password'
import { db } from '@/lib/db'
import type { GoogleSignInJson } from '@/lib/schemas/google'
import { issueTokenPair } from '@/lib/services/auth/token-pair'
import { send } from '../helpers/http'
import { startOidcProvider, useProviderAsGoogle, type TestOidcProvider } from '../helpers/oidc-provider'

// Linking rules: (provider, subject) first; an email match only when Google verified the address.
let provider: TestOidcProvider
let restore: () => void

beforeAll(async () => {
  provider = await startOidcProvider()
  restore = useProviderAsGoogle(provider)
})

afterAll(async () => {
  restore?.()
  await provider?.close()
})

const signIn = async (claims: { sub: string; email?: string; email_verified?: boolean; name?: string }) =>
  send<GoogleSignInJson>(api(), 'GET', '/api/auth/google-oauth-login-authenticate', {
    headers: { authorization: `Bearer ${await provider.signIdToken(claims)}` },
  })

const passwordUser = async (email: string, options: { verified?: boolean; active?: boolean } = {}) =>
  db().user.create({
    data: {
      email,
      name: 'Existing',
      passwordHash: await hashPassword('correct horse battery staple'),
      emailVerified: options.verified === false ? null : new Date(),
      isActive: options.active ?? true,
    },
    select: { id: true },
  })

const googleAccounts = (userId: string) => db().account.findMany({ where: { userId }, select: { provider: true, providerAccountId: true } })

describe('linking a Google identity to our users', () => {
  it('links an existing password account with the same Google-verified email: one user, one Account row', async () => {
    const existing = await passwordUser('ada@example.com')
    const answer = await signIn({ sub: 'ada-sub', email: 'ADA@Example.com', email_verified: true, name: 'Ada L.' })
    expect(answer.status).toBe(200)
    expect(answer.body.data.user).toMatchObject({ id: existing.id, email: 'ada@example.com', name: 'Existing' })
    expect(await db().user.count({ where: { email: 'ada@example.com' } })).toBe(1)
    expect(await googleAccounts(existing.id)).toEqual([{ provider: 'google', providerAccountId: 'ada-sub' }])
    // The password still works alongside Google.
    expect((await db().user.findUniqueOrThrow({ where: { id: existing.id }, select: { passwordHash: true } })).passwordHash).not.toBeNull()
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: existing.id }, select: { action: true, details: true } })
    expect(audit).toEqual({ action: 'user.google_linked', details: { provider: 'google', email_was_verified: true, password_cleared: false } })

    // The next sign-in goes by subject, and does not add a second row.
    expect((await signIn({ sub: 'ada-sub', email: 'ada@example.com', email_verified: true })).body.data.user.id).toBe(existing.id)
    expect(await db().account.count({ where: { userId: existing.id } })).toBe(1)
  })

  it('does not link, nor duplicate, when Google has not verified the email (403)', async () => {
    const existing = await passwordUser('bob@example.com')
    const answer = await signIn({ sub: 'bob-impostor', email: 'bob@example.com', email_verified: false })
    expect(answer.body).toMatchObject({ status: 403, data: null, message: expect.stringMatching(/not verified this email/) })
    expect(await db().user.count({ where: { email: 'bob@example.com' } })).toBe(1)
    expect(await googleAccounts(existing.id)).toEqual([])
    expect(await db().account.count({ where: { providerAccountId: 'bob-impostor' } })).toBe(0)
  })

  it('answers an unverified Google email the same way when nobody has the address, and creates nobody', async () => {
    const answer = await signIn({ sub: 'new-unverified', email: 'nobody-yet@example.com', email_verified: false })
    expect(answer.body).toMatchObject({ status: 403, message: expect.stringMatching(/not verified this email/) })
    expect(await db().user.count({ where: { email: 'nobody-yet@example.com' } })).toBe(0)
  })

  it('lets the verified mailbox owner take over an unverified registration: the unproven password and its sessions stop working', async () => {
    const squatted = await passwordUser('carol@example.com', { verified: false })
    const squatterTokens = await issueTokenPair(squatted.id)
    const answer = await signIn({ sub: 'carol-sub', email: 'carol@example.com', email_verified: true })
    expect(answer.status).toBe(200)
    expect(answer.body.data.user).toMatchObject({ id: squatted.id, email_verified: true })
    const row = await db().user.findUniqueOrThrow({ where: { id: squatted.id }, select: { passwordHash: true, sessionVersion: true } })
    expect(row).toMatchObject({ passwordHash: null, sessionVersion: 1 })
    expect(await db().refreshToken.count({ where: { userId: squatted.id, revokedAt: null } })).toBe(1)
    expect(squatterTokens.refresh_token).not.toBe(answer.body.data.refresh_token)
  })

  it('refuses a deactivated user with 403, whether found by subject or by email', async () => {
    const byEmail = await passwordUser('dave@example.com', { active: false })
    expect((await signIn({ sub: 'dave-sub', email: 'dave@example.com', email_verified: true })).body).toMatchObject({
      status: 403,
      message: 'This account is deactivated',
    })
    expect(await googleAccounts(byEmail.id)).toEqual([])

    const linked = await signIn({ sub: 'erin-sub', email: 'erin@example.com', email_verified: true })
    expect(linked.status).toBe(200)
    await db().user.update({ where: { id: linked.body.data.user.id }, data: { isActive: false } })
    const refused = await signIn({ sub: 'erin-sub', email: 'erin@example.com', email_verified: true })
    expect(refused.body).toMatchObject({ status: 403, message: 'This account is deactivated' })
  })

  it('refuses a second Google subject claiming an already linked email (409)', async () => {
    expect((await signIn({ sub: 'frank-1', email: 'frank@example.com', email_verified: true })).status).toBe(200)
    const answer = await signIn({ sub: 'frank-2', email: 'frank@example.com', email_verified: true })
    expect(answer.body).toMatchObject({ status: 409, message: 'This email is already linked to another Google account' })
    expect(await db().user.count({ where: { email: 'frank@example.com' } })).toBe(1)
  })

  it('needs an email from Google to create an account (400)', async () => {
    expect((await signIn({ sub: 'no-email' })).body).toMatchObject({ status: 400, message: expect.stringMatching(/email address/) })
  })

  it('creates one user when the same new identity signs in twice at once', async () => {
    const claims = { sub: 'racer', email: 'racer@example.com', email_verified: true }
    const answers = await Promise.all([signIn(claims), signIn(claims), signIn(claims)])
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
    expect(new Set(answers.map((answer) => answer.body.data.user.id)).size).toBe(1)
    expect(await db().user.count({ where: { email: 'racer@example.com' } })).toBe(1)
    expect(await db().account.count({ where: { providerAccountId: 'racer' } })).toBe(1)
  })

  it('asks a linked account with a second factor for it: a challenge instead of tokens', async () => {
    const email = `mfa-google-${Date.now()}@example.com`
    const { id } = await passwordUser(email)
    await db().user.update({ where: { id }, data: { mfaEnabled: true } })
    const answer = await signIn({ sub: `sub-mfa-${Date.now()}`, email, email_verified: true })
    expect(answer.status).toBe(200)
    expect(answer.body.message).toBe('Second factor required')
    expect(answer.body.data).toEqual({ mfa_required: true, mfa_token: expect.any(String), methods: ['recovery_code'], expires_in: 300 })
    expect(await db().refreshToken.count({ where: { userId: id } })).toBe(0)
  })

  it('links through the web code flow as well', async () => {
    const existing = await passwordUser('grace@example.com')
    const sub = provider.addAccount({ email: 'grace@example.com', email_verified: true, name: 'Grace' })
    const start = await send<{ authorization_url: string }>(api(), 'GET', '/api/auth/google_login_page_redirect')
    const redirect = await provider.authorize(start.body.data.authorization_url, sub)
    const answer = await send<GoogleSignInJson>(api(), 'GET', `${redirect.pathname}${redirect.search}`)
    expect(answer.body.data.user.id).toBe(existing.id)
    expect(await googleAccounts(existing.id)).toEqual([{ provider: 'google', providerAccountId: sub }])
  })
})
