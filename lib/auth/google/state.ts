import { randomBytes } from 'node:crypto'
import { EncryptJWT, errors, jwtDecrypt } from 'jose'
import { AppError } from '@/lib/errors'
import { derivedKey } from '@/lib/auth/keys'

/** Long enough to sign in at Google (and maybe pick an account), short enough that a leaked URL goes stale. */
export const STATE_TTL_SECONDS = 10 * 60
const AUDIENCE = 'vicross:google-state'

export interface AuthorizationState {
  /** PKCE code verifier (RFC 7636), sent to the token endpoint with the code. */
  codeVerifier: string
  /** Expected `nonce` of the ID token that comes back. */
  nonce: string
}

const key = () => derivedKey('google-state')

/**
 * The API keeps no server-side session, so the PKCE verifier and nonce travel inside `state`
 * itself, encrypted and authenticated (JWE dir + A256GCM): the browser and the provider only see
 * ciphertext, and a forged or altered state fails decryption.
 */
export async function sealState(state: AuthorizationState, ttlSeconds = STATE_TTL_SECONDS): Promise<string> {
  return new EncryptJWT({ cv: state.codeVerifier, n: state.nonce })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setAudience(AUDIENCE)
    .setJti(randomBytes(12).toString('base64url'))
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .encrypt(key())
}

/** The contents of a state we issued; a 400 for anything forged, altered or expired. */
export async function openState(state: string): Promise<AuthorizationState> {
  try {
    const { payload } = await jwtDecrypt(state, key(), {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
      audience: AUDIENCE,
      requiredClaims: ['exp'],
    })
    if (typeof payload.cv !== 'string' || typeof payload.n !== 'string') throw new errors.JWTInvalid('state without verifier or nonce')
    return { codeVerifier: payload.cv, nonce: payload.n }
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new AppError('bad_request', 'The Google sign-in attempt expired; please start again')
    if (error instanceof errors.JOSEError || error instanceof TypeError) throw new AppError('bad_request', 'Invalid Google sign-in state; please start again')
    throw error
  }
}
