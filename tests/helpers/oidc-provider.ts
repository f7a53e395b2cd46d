import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose'
import Provider from 'oidc-provider'
import { resetConfig } from '@/lib/config'

export interface TestAccount {
  email?: string
  email_verified?: boolean
  name?: string
}

export interface SignOptions {
  /** Another private key (its public half is not published by the provider). */
  key?: CryptoKey
  alg?: string
  kid?: string
}

const random = () => randomBytes(32).toString('base64url')
const APP_URL = () => process.env.APP_URL ?? 'http://localhost:3000'

/** A tiny cookie jar: enough for oidc-provider's interaction and session cookies on one host. */
class CookieJar {
  private cookies = new Map<string, string>()
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const [name = '', value = ''] = pair.trim().split(/=(.*)/s)
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a))
      if (!value || expired) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 standing in for Google: one
 * confidential client whose redirect URI is our `/api/auth/google-oauth`, PKCE required, its own
 * RS256 signing key, and accounts the tests add.
 */
export async function startOidcProvider() {
  const accounts = new Map<string, TestAccount>()
  const clientId = `vicross-test-${randomUUID()}`
  const clientSecret = random()
  const redirectUri = `${APP_URL()}/api/auth/google-oauth`
  const kid = randomUUID()
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const signingJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' }

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end()
  const server = createServer((req, res) => handler(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount: (_ctx, id) => {
      const account = accounts.get(id)
      return account && { accountId: id, claims: () => ({ sub: id, ...account }) }
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Like Google, put the profile claims in the ID token of the code flow too.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    jwks: { keys: [signingJwk] },
    cookies: { keys: [random()] },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds) keep the provider from printing a notice per artifact kind.
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  })
  handler = provider.callback()

  /** Follows an authorization URL like a browser: signs in as `accountId`, consents, stops at our redirect URI. */
  async function authorize(authorizationUrl: string, accountId: string): Promise<URL> {
    const jar = new CookieJar()
    let url = new URL(authorizationUrl)
    let form: URLSearchParams | undefined
    for (let step = 0; step < 12; step++) {
      const response = await fetch(url, {
        method: form ? 'POST' : 'GET',
        body: form,
        headers: { cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        redirect: 'manual',
      })
      jar.store(response)
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, url)
        if (next.href.startsWith(redirectUri)) return next
        url = next
        form = undefined
        continue
      }
      const html = await response.text()
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1]
      if (response.status !== 200 || !action || !prompt) throw new Error(`Unexpected answer from the provider (${response.status}): ${html.slice(0, 300)}`)
      url = new URL(action.replaceAll('&amp;', '&'), url)
      form = new URLSearchParams(prompt === 'login' ? { prompt, login: accountId, password: 'any' } : { prompt })
    }
    throw new Error('Too many steps at the provider')
  }

  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri,
    /** Adds an account and returns its subject. */
    addAccount(account: TestAccount): string {
      const sub = randomUUID()
      accounts.set(sub, account)
      return sub
    },
    authorize,
    /** A real ID token from the provider, as a mobile app would get it: its own code flow with PKCE, for our client id. */
    async obtainIdToken(accountId: string): Promise<string> {
      const verifier = random()
      const url = new URL(`${issuer}/auth`)
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: clientId,
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        state: random(),
        nonce: random(),
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
      }).toString()
      const code = (await authorize(url.href, accountId)).searchParams.get('code')
      if (!code) throw new Error('No code from the provider')
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          code_verifier: verifier,
          client_id: clientId,
          client_secret: clientSecret,
        }),
      })
      const body = (await response.json()) as { id_token?: string }
      if (!body.id_token) throw new Error(`No id_token: ${JSON.stringify(body)}`)
      return body.id_token
    },
    /** An ID token signed with the provider's own key (or `options.key`), with overridable claims. */
    async signIdToken(claims: JWTPayload, options: SignOptions = {}): Promise<string> {
      const now = Math.floor(Date.now() / 1000)
      return new SignJWT({ iss: issuer, aud: clientId, iat: now, exp: now + 300, ...claims })
        .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? kid, typ: 'JWT' })
        .sign(options.key ?? privateKey)
    },
    async close(): Promise<void> {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type TestOidcProvider = Awaited<ReturnType<typeof startOidcProvider>>

const GOOGLE_ENV = ['GOOGLE_ISSUER', 'GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'] as const

/** Points our Google configuration at the provider; returns the function that restores the previous one. */
export function useProviderAsGoogle(provider: TestOidcProvider, overrides: Partial<Record<(typeof GOOGLE_ENV)[number], string | undefined>> = {}): () => void {
  const saved = Object.fromEntries(GOOGLE_ENV.map((name) => [name, process.env[name]]))
  const values = { GOOGLE_ISSUER: provider.issuer, GOOGLE_CLIENT_ID: provider.clientId, GOOGLE_CLIENT_SECRET: provider.clientSecret, ...overrides }
  for (const name of GOOGLE_ENV) {
    const value = values[name]
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  resetConfig()
  return () => {
    for (const name of GOOGLE_ENV) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
    resetConfig()
  }
}
