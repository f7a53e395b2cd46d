import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { PASSWORD, bearer, call, login, registerVerified, setupAuthTests, type LoginData } from '../helpers/auth'
import { SoftAuthenticator } from '../helpers/soft-authenticator'

// Passkeys through the API, answered by a software authenticator (P-256, "none" attestation).
// APP_URL is http://localhost:3000 in tests: relying party `localhost`, that origin.

const env = setupAuthTests()
const RP = { rpId: 'localhost', origin: 'http://localhost:3000' }

interface Options {
  challenge_id: string
  options: { challenge: string; user: { id: string }; allowCredentials?: { id: string }[] }
}

async function withPasskey(authenticator = new SoftAuthenticator(RP)) {
  const email = await registerVerified(env.smtp())
  const session = await login(email)
  const begun = await call<Options>('POST', '/api/user/passkeys/options', { headers: bearer(session.access_token) })
  expect(begun.status).toBe(200)
  const added = await call<{ passkey: { id: string; name: string }; recovery_codes: string[] | null }>('POST', '/api/user/passkeys', {
    headers: bearer(session.access_token),
    json: { challenge_id: begun.body.data.challenge_id, name: 'Test key', response: authenticator.create(begun.body.data.options) },
  })
  expect(added.status).toBe(201)
  return { email, session, authenticator, passkey: added.body.data.passkey, recoveryCodes: added.body.data.recovery_codes }
}

async function passkeySignIn(authenticator: SoftAuthenticator) {
  const options = await call<Options>('POST', '/api/auth/passkey/options')
  expect(options.status).toBe(200)
  const response = authenticator.get(options.body.data.options)
  return {
    answer: await call<LoginData>('POST', '/api/auth/passkey/verify', { json: { challenge_id: options.body.data.challenge_id, response } }),
    options,
    response,
  }
}

describe('passkeys', () => {
  it('adds a passkey: stored by its public key, second factor on, recovery codes once, the owner mailed', async () => {
    const { email, session, passkey, recoveryCodes } = await withPasskey()
    expect(passkey).toMatchObject({ name: 'Test key' })
    expect(recoveryCodes).toHaveLength(10)
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { mfaEnabled: true } })
    expect(user.mfaEnabled).toBe(true)
    await env.smtp().waitForMail(email, (mail) => mail.subject === 'A passkey was added to your account')
    const list = await call<{ items: { id: string; synced: boolean; last_used_at: string | null }[] }>('GET', '/api/user/passkeys', {
      headers: bearer(session.access_token),
    })
    expect(list.body.data.items).toEqual([expect.objectContaining({ id: passkey.id, last_used_at: null })])
    expect(await db().auditLog.count({ where: { action: 'user.passkey_added', entityId: (await db().user.findUniqueOrThrow({ where: { email } })).id } })).toBe(
      1,
    )
  })

  it('signs in with the passkey alone (no email, no second step), once per challenge', async () => {
    const { email, authenticator, passkey } = await withPasskey()
    const { answer, options, response } = await passkeySignIn(authenticator)
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ user: { email }, token_type: 'Bearer' })
    expect((await call('GET', '/api/user/profile', { headers: bearer(answer.body.data.access_token) })).status).toBe(200)
    // The same answer again: the challenge is spent.
    expect((await call('POST', '/api/auth/passkey/verify', { json: { challenge_id: options.body.data.challenge_id, response } })).status).toBe(401)
    const used = await db().passkey.findUniqueOrThrow({ where: { id: passkey.id } })
    expect(used.lastUsedAt).not.toBeNull()
  })

  it('refuses a passkey without user verification for a sign-in on its own', async () => {
    const careless = new SoftAuthenticator({ ...RP, userVerification: false })
    await withPasskey(careless)
    expect((await passkeySignIn(careless)).answer.status).toBe(401)
  })

  it('refuses an answer signed for another origin, or by a key we do not know', async () => {
    const email = await registerVerified(env.smtp())
    const session = await login(email)
    const begun = await call<Options>('POST', '/api/user/passkeys/options', { headers: bearer(session.access_token) })
    const phished = await call('POST', '/api/user/passkeys', {
      headers: bearer(session.access_token),
      json: {
        challenge_id: begun.body.data.challenge_id,
        name: 'Phished',
        response: new SoftAuthenticator(RP).create(begun.body.data.options, { origin: 'https://evil.example' }),
      },
    })
    expect(phished.status).toBe(400)
    expect(phished.body).toMatchObject({ errors: { response: [expect.any(String)] } })

    const stranger = new SoftAuthenticator(RP)
    stranger.create({ challenge: 'x', user: { id: 'eA' } })
    expect((await passkeySignIn(stranger)).answer.status).toBe(401)
  })

  it('serves as the second factor after a password, and only the account’s own passkeys do', async () => {
    const { email, authenticator } = await withPasskey()
    const login = await call<{ mfa_required: true; mfa_token: string; methods: string[] }>('POST', '/api/auth/login', { json: { email, password: PASSWORD } })
    expect(login.body.data).toMatchObject({ mfa_required: true, methods: ['passkey', 'recovery_code'] })

    // Someone else's passkey answers for the wrong account.
    const other = await withPasskey()
    const wrongOptions = await call<Options>('POST', '/api/auth/mfa/passkey-options', { json: { mfa_token: login.body.data.mfa_token } })
    expect(wrongOptions.status).toBe(200)
    const wrong = await call('POST', '/api/auth/mfa/verify', {
      json: {
        mfa_token: login.body.data.mfa_token,
        passkey: {
          challenge_id: wrongOptions.body.data.challenge_id,
          response: other.authenticator.get({ challenge: wrongOptions.body.data.options.challenge }),
        },
      },
    })
    expect(wrong.status).toBe(401)

    const options = await call<Options>('POST', '/api/auth/mfa/passkey-options', { json: { mfa_token: login.body.data.mfa_token } })
    expect(options.body.data.options.allowCredentials).toHaveLength(1)
    const verified = await call<LoginData>('POST', '/api/auth/mfa/verify', {
      json: {
        mfa_token: login.body.data.mfa_token,
        passkey: { challenge_id: options.body.data.challenge_id, response: authenticator.get(options.body.data.options) },
      },
    })
    expect(verified.status).toBe(200)
    expect(verified.body.data.user.email).toBe(email)
    // Neither both, nor none.
    expect((await call('POST', '/api/auth/mfa/verify', { json: { mfa_token: 'x' } })).status).toBe(400)
  })

  it('a removed passkey signs in no more, and with it goes the second factor', async () => {
    const { email, session, authenticator, passkey } = await withPasskey()
    expect((await call('DELETE', `/api/user/passkeys/${passkey.id}`, { headers: bearer(session.access_token) })).status).toBe(200)
    await env.smtp().waitForMail(email, (mail) => mail.subject === 'A passkey was removed from your account')
    expect((await passkeySignIn(authenticator).catch(() => ({ answer: { status: 401 } }))).answer.status).toBe(401)
    expect((await call('POST', '/api/auth/login', { json: { email, password: PASSWORD } })).body.data).toHaveProperty('access_token')
    expect(await db().recoveryCode.count({ where: { user: { email } } })).toBe(0)
    expect((await call('DELETE', `/api/user/passkeys/${passkey.id}`, { headers: bearer(session.access_token) })).status).toBe(404)
  })
})
