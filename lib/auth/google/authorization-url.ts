import { createHash, randomBytes } from 'node:crypto'
import { providerMetadata } from './discovery'
import { googleSettings } from './settings'
import { sealState } from './state'

export const GOOGLE_SCOPE = 'openid email profile'

const random = (bytes: number) => randomBytes(bytes).toString('base64url')

/** RFC 7636 S256: the challenge is the base64url SHA-256 of the verifier. */
export const pkceChallenge = (verifier: string) => createHash('sha256').update(verifier).digest('base64url')

/**
 * The provider's consent URL for our client: authorization code flow with PKCE (S256), a nonce for
 * the ID token, and a state carrying both (see state.ts), with the redirect URI built from APP_URL.
 */
export async function buildAuthorizationUrl(): Promise<string> {
  const settings = googleSettings()
  const metadata = await providerMetadata(settings.issuer)
  const codeVerifier = random(32)
  const nonce = random(16)
  const url = new URL(metadata.authorizationEndpoint)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('client_id', settings.clientId)
  url.searchParams.set('redirect_uri', settings.redirectUri)
  url.searchParams.set('scope', GOOGLE_SCOPE)
  url.searchParams.set('state', await sealState({ codeVerifier, nonce }))
  url.searchParams.set('nonce', nonce)
  url.searchParams.set('code_challenge', pkceChallenge(codeVerifier))
  url.searchParams.set('code_challenge_method', 'S256')
  return url.toString()
}
