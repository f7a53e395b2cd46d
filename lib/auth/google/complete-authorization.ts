import { AppError } from '@/lib/errors'
import { exchangeCode } from './exchange-code'
import { verifyGoogleIdToken, type GoogleIdentity } from './id-token'
import { googleSettings } from './settings'
import { openState } from './state'

export interface AuthorizationResponse {
  code: string
  state: string
  /** RFC 9207: a provider that sends `iss` on the redirect lets us refuse a mix-up with another issuer. */
  iss?: string
}

/**
 * The redirect leg of the code flow: our own state opened (PKCE verifier, nonce), the code redeemed
 * with the verifier, and the returned ID token verified, nonce included.
 */
export async function completeGoogleAuthorization(response: AuthorizationResponse): Promise<GoogleIdentity> {
  const settings = googleSettings()
  // Checked before any network call: a forged or stale state costs us nothing.
  const { codeVerifier, nonce } = await openState(response.state)
  if (response.iss !== undefined && response.iss.replace(/\/+$/, '') !== settings.issuer) {
    throw new AppError('bad_request', 'The authorization response comes from another issuer')
  }
  const idToken = await exchangeCode(response.code, codeVerifier)
  return verifyGoogleIdToken(idToken, { nonce, requireAuthorizedParty: true })
}
