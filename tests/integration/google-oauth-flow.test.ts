import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { verifyAccessToken } from '@/lib/auth/access-token'
import { sealState } from '@/lib/auth/google/state'
import { db } from '@/lib/db'
import type { GoogleSignInJson } from '@/lib/schemas/google'
import { send } from '../helpers/http'
import { startOidcProvider, useProviderAsGoogle, type TestOidcProvider } from '../helpers/oidc-provider'

// The web code flow end to end against a real OpenID Connect provider standing in for Google.
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

const consentUrl = async () => {
  const answer = await send<{ authorization_url: string }>(api(), 'GET', '/api/auth/google_login_page_redirect')
  expect(answer.status).toBe(200)
  return answer.body.data.authorization_url
}

/** The path (with code and state) the provider sends the browser back to, after signing in as `sub`. */
const signInAtProvider = async (sub: string, authorizationUrl?: string) => {
  const redirect = await provider.authorize(authorizationUrl ?? (await consentUrl()), sub)
  return `${redirect.pathname}${redirect.search}`
}

const withParam = (path: string, name: string, value: string) => {
  const url = new URL(path, 'http://localhost:3000')
  url.searchParams.set(name, value)
  return `${url.pathname}${url.search}`
}

describe('GET /api/auth/google_login_page_redirect', () => {
  it('hands out the consent URL with state, PKCE S256, nonce, scope and our redirect URI', async () => {
    const url = new URL(await consentUrl())
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/auth`)
    const params = Object.fromEntries(url.searchParams)
    expect(params).toMatchObject({
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: 'http://localhost:3000/api/auth/google-oauth',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    })
    expect(params.code_challenge).toMatch(/^[\w-]{43}$/)
    expect(params.nonce).toMatch(/^[\w-]{16,}$/)
    // The state is an encrypted JWT (five parts); the verifier is not readable in it.
    expect(params.state!.split('.')).toHaveLength(5)
    expect(new URL(await consentUrl()).searchParams.get('state')).not.toBe(params.state)
  })
})

describe('GET /api/auth/google-oauth', () => {
  let firstPath: string
  let userId: string

  it('signs a new user in: code exchanged, user and Google account created, our tokens returned', async () => {
    const sub = provider.addAccount({ email: 'Grace.Hopper@Example.com', email_verified: true, name: 'Grace Hopper' })
    firstPath = await signInAtProvider(sub)
    expect(firstPath).toMatch(/^\/api\/auth\/google-oauth\?code=/)
    const answer = await send<GoogleSignInJson>(api(), 'GET', firstPath)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const data = answer.body.data
    expect(data.user).toMatchObject({ email: 'grace.hopper@example.com', name: 'Grace Hopper', role: 'user', email_verified: true, is_active: true })
    expect(data).toMatchObject({ token_type: 'Bearer', expires_in: 900 })
    userId = data.user.id
    expect(await verifyAccessToken(data.access_token)).toMatchObject({ userId, role: 'user' })

    const accounts = await db().account.findMany({ where: { userId }, select: { provider: true, providerAccountId: true } })
    expect(accounts).toEqual([{ provider: 'google', providerAccountId: sub }])
    expect(await db().refreshToken.count({ where: { userId } })).toBe(1)
    const audit = await db().auditLog.findMany({ where: { entityId: userId }, select: { action: true, actorId: true } })
    expect(audit).toEqual([{ action: 'user.created_with_google', actorId: userId }])
    // No secret of the user's leaks into the answer.
    expect(JSON.stringify(answer.body)).not.toMatch(/password|hash/i)
  })

  it('signs the same Google account in again as the same user, with no new rows', async () => {
    const sub = (await db().account.findFirstOrThrow({ where: { userId }, select: { providerAccountId: true } })).providerAccountId
    const answer = await send<GoogleSignInJson>(api(), 'GET', await signInAtProvider(sub))
    expect(answer.status).toBe(200)
    expect(answer.body.data.user.id).toBe(userId)
    expect(await db().user.count({ where: { email: 'grace.hopper@example.com' } })).toBe(1)
    expect(await db().account.count({ where: { userId } })).toBe(1)
  })

  it('refuses a replayed code with 401', async () => {
    const answer = await send(api(), 'GET', firstPath)
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ status: 401, data: null, message: expect.stringMatching(/authorization code/) })
  })

  it('refuses a forged, altered or expired state with 400 before calling the provider', async () => {
    const sub = provider.addAccount({ email: 'state@example.com', email_verified: true })
    const path = await signInAtProvider(sub)
    const state = new URL(path, 'http://x').searchParams.get('state')!
    const parts = state.split('.')
    parts[3] = `${parts[3]!.startsWith('A') ? 'B' : 'A'}${parts[3]!.slice(1)}`
    const expired = await sealState({ codeVerifier: 'v'.repeat(43), nonce: 'n'.repeat(22) }, -60)
    for (const [forged, message] of [
      ['garbage', /Invalid/],
      [parts.join('.'), /Invalid/],
      [expired, /expired/],
    ] as const) {
      const answer = await send(api(), 'GET', withParam(path, 'state', forged))
      expect(answer.status).toBe(400)
      expect(answer.body.message).toMatch(message)
    }
    // The code was never redeemed: it still works with its own state.
    expect((await send(api(), 'GET', path)).status).toBe(200)
  })

  it('refuses an ID token whose nonce is not the one in the state (401)', async () => {
    const sub = provider.addAccount({ email: 'nonce@example.com', email_verified: true })
    const url = new URL(await consentUrl())
    url.searchParams.set('nonce', 'a-nonce-we-never-issued')
    const answer = await send(api(), 'GET', await signInAtProvider(sub, url.href))
    expect(answer.status).toBe(401)
    expect(await db().user.count({ where: { email: 'nonce@example.com' } })).toBe(0)
  })

  it('refuses a response naming another issuer (mix-up) with 400', async () => {
    const sub = provider.addAccount({ email: 'mixup@example.com', email_verified: true })
    const path = await signInAtProvider(sub)
    expect(new URL(path, 'http://x').searchParams.get('iss')).toBe(provider.issuer)
    expect((await send(api(), 'GET', withParam(path, 'iss', 'https://evil.example'))).status).toBe(400)
  })

  it('answers provider errors and missing parameters with a clear envelope', async () => {
    const denied = await send(api(), 'GET', '/api/auth/google-oauth?error=access_denied&state=x')
    expect(denied.body).toMatchObject({ status: 401, message: 'Google sign-in was cancelled or denied', data: null })
    const failed = await send(api(), 'GET', '/api/auth/google-oauth?error=temporarily_unavailable')
    expect(failed.body).toMatchObject({ status: 400, message: 'Google sign-in failed (temporarily_unavailable)' })
    const odd = await send(api(), 'GET', `/api/auth/google-oauth?error=${encodeURIComponent('<script>alert(1)</script>')}`)
    expect(odd.body).toMatchObject({ status: 400, message: 'Google sign-in failed' })
    expect((await send(api(), 'GET', '/api/auth/google-oauth')).body).toMatchObject({ status: 400, message: 'code and state are required' })
    expect((await send(api(), 'GET', '/api/auth/google-oauth?code=abc')).status).toBe(400)
  })

  it('answers 401 for a code the provider does not know', async () => {
    const path = await signInAtProvider(provider.addAccount({ email: 'unknown-code@example.com', email_verified: true }))
    expect((await send(api(), 'GET', withParam(path, 'code', 'not-a-real-code'))).status).toBe(401)
  })
})

describe('Google not configured or unreachable', () => {
  const paths = ['/api/auth/google_login_page_redirect', '/api/auth/google-oauth?code=a&state=b', '/api/auth/google-oauth-login-authenticate?id_token=x.y.z']

  it('answers 503 "Google sign-in is not configured" on all three routes', async () => {
    const back = useProviderAsGoogle(provider, { GOOGLE_CLIENT_ID: undefined, GOOGLE_CLIENT_SECRET: undefined })
    try {
      for (const path of paths) {
        const answer = await send(api(), 'GET', path)
        expect([path, answer.body]).toEqual([path, expect.objectContaining({ status: 503, message: 'Google sign-in is not configured', data: null })])
      }
    } finally {
      back()
      useProviderAsGoogle(provider)
    }
  })

  it('answers 503 with Retry-After when the issuer cannot be reached', async () => {
    const back = useProviderAsGoogle(provider, { GOOGLE_ISSUER: 'http://127.0.0.1:9' })
    try {
      const answer = await send(api(), 'GET', '/api/auth/google_login_page_redirect')
      expect(answer.body).toMatchObject({ status: 503, message: expect.stringMatching(/temporarily unavailable/) })
      expect(answer.headers.get('retry-after')).toBe('5')
    } finally {
      back()
      useProviderAsGoogle(provider)
    }
  })
})
