import { generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { verifyAccessToken } from '@/lib/auth/access-token'
import { db } from '@/lib/db'
import type { GoogleSignInJson } from '@/lib/schemas/google'
import { send } from '../helpers/http'
import { startOidcProvider, useProviderAsGoogle, type TestOidcProvider } from '../helpers/oidc-provider'

// Flow 3: a client that already holds an ID token from the issuer exchanges it for our tokens.
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

const PATH = '/api/auth/google-oauth-login-authenticate'
const withHeader = (token: string) => send<GoogleSignInJson>(api(), 'GET', PATH, { headers: { authorization: `Bearer ${token}` } })
const withQuery = (token: string) => send<GoogleSignInJson>(api(), 'GET', `${PATH}?id_token=${encodeURIComponent(token)}`)
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('GET /api/auth/google-oauth-login-authenticate', () => {
  it('accepts a real ID token from the issuer (header or query) and answers our tokens', async () => {
    const sub = provider.addAccount({ email: 'linus@example.com', email_verified: true, name: 'Linus' })
    const idToken = await provider.obtainIdToken(sub)
    const first = await withHeader(idToken)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({
      status: 200,
      message: 'Signed in with Google',
      data: { token_type: 'Bearer', user: { email: 'linus@example.com', name: 'Linus', role: 'user', email_verified: true } },
    })
    expect(await verifyAccessToken(first.body.data.access_token)).toMatchObject({ userId: first.body.data.user.id })

    const second = await withQuery(idToken)
    expect(second.status).toBe(200)
    expect(second.body.data.user.id).toBe(first.body.data.user.id)
    expect(second.body.data.refresh_token).not.toBe(first.body.data.refresh_token)
    expect(await db().account.count({ where: { providerAccountId: sub } })).toBe(1)
  })

  it('accepts a token signed with the issuer key with claims the test chose', async () => {
    const answer = await withHeader(await provider.signIdToken({ sub: 'signed-sub', email: 'signed@example.com', email_verified: true }))
    expect(answer.status).toBe(200)
    expect(answer.body.data.user.email).toBe('signed@example.com')
  })

  it('refuses forged, foreign, expired and malformed tokens with 401 and creates nobody', async () => {
    const claims = { sub: 'attacker', email: 'victim@example.com', email_verified: true }
    const now = Math.floor(Date.now() / 1000)
    const { privateKey: otherKey } = await generateKeyPair('RS256')
    const { privateKey: ecKey } = await generateKeyPair('ES256')
    const valid = await provider.signIdToken(claims)
    const [header, payload] = valid.split('.')
    const cases: Array<[string, string]> = [
      ['another key, same kid', await provider.signIdToken(claims, { key: otherKey })],
      ['another key, unknown kid', await provider.signIdToken(claims, { key: ecKey, alg: 'ES256', kid: 'not-published' })],
      ['another audience', await provider.signIdToken({ ...claims, aud: 'someone-else' })],
      ['expired', await provider.signIdToken({ ...claims, iat: now - 3600, exp: now - 600 })],
      ['another issuer', await provider.signIdToken({ ...claims, iss: 'https://accounts.google.com' })],
      ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`],
      ['alg none, no signature part', `${b64({ alg: 'none' })}.${payload}`],
      [
        'HS256 keyed with the client secret',
        await new SignJWT({ ...claims, iss: provider.issuer, aud: provider.clientId })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode(provider.clientSecret)),
      ],
      [
        'tampered payload',
        `${header}.${b64({ ...claims, sub: 'someone', iss: provider.issuer, aud: provider.clientId, iat: now, exp: now + 300 })}.${valid.split('.')[2]}`,
      ],
      ['no subject', await provider.signIdToken({ email: 'nosub@example.com', email_verified: true })],
      ['garbage', 'not-a-jwt'],
    ]
    for (const [name, token] of cases) {
      const answer = await withHeader(token)
      expect([name, answer.status, answer.body.data]).toEqual([name, 401, null])
    }
    expect(await db().user.count({ where: { email: { in: ['victim@example.com', 'nosub@example.com'] } } })).toBe(0)
  })

  it('answers 401 with a clear message when no token is sent', async () => {
    for (const answer of [await send(api(), 'GET', PATH), await send(api(), 'GET', PATH, { headers: { authorization: 'Basic abc' } })]) {
      expect(answer.body).toMatchObject({ status: 401, message: expect.stringMatching(/Google ID token is required/) })
    }
  })

  it('says so when the token has expired', async () => {
    const now = Math.floor(Date.now() / 1000)
    const answer = await withHeader(await provider.signIdToken({ sub: 'late', iat: now - 3600, exp: now - 600 }))
    expect(answer.body).toMatchObject({ status: 401, message: 'The Google ID token has expired' })
  })
})
