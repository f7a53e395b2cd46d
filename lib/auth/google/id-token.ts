import { errors, jwtVerify, type JWTPayload } from 'jose'
import { AppError } from '@/lib/errors'
import { providerMetadata } from './discovery'
import { googleSettings, googleUnavailable } from './settings'

/** What we take from a verified ID token. */
export interface GoogleIdentity {
  sub: string
  email: string | null
  emailVerified: boolean
  name: string | null
  picture: string | null
}

export interface VerifyIdTokenOptions {
  /** The nonce we sent in the authorization request; checked when given. */
  nonce?: string
  /** In our own code flow the token was issued to us, so a present `azp` must be our client id. */
  requireAuthorizedParty?: boolean
}

// Google documents both forms of its issuer in ID tokens.
const issuersFor = (issuer: string) => (issuer === 'https://accounts.google.com' ? [issuer, 'accounts.google.com'] : [issuer])

/** Errors that mean "this token is not acceptable", as opposed to "the keys could not be fetched". */
const TOKEN_ERRORS: ReadonlySet<string> = new Set([
  errors.JWTExpired.code,
  errors.JWTClaimValidationFailed.code,
  errors.JWTInvalid.code,
  errors.JWSInvalid.code,
  errors.JWSSignatureVerificationFailed.code,
  errors.JOSEAlgNotAllowed.code,
  errors.JOSENotSupported.code,
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
])

const invalidToken = (message = 'Invalid Google ID token') => new AppError('unauthenticated', message)

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

function identityOf(payload: JWTPayload): GoogleIdentity {
  if (typeof payload.sub !== 'string' || !payload.sub) throw invalidToken()
  return {
    sub: payload.sub,
    email: text(payload.email)?.toLowerCase() ?? null,
    // Older Google tokens carry the flag as the string "true".
    emailVerified: payload.email_verified === true || payload.email_verified === 'true',
    name: text(payload.name)?.slice(0, 200) ?? null,
    picture: text(payload.picture)?.startsWith('https://') ? text(payload.picture) : null,
  }
}

/**
 * Verifies an ID token from the configured issuer: signature by one of the issuer's published keys
 * (asymmetric algorithms only), `iss`, `aud` = our client id, `exp`/`iat`, and the nonce when one
 * was issued. Anything else is a 401; keys that cannot be fetched are a 503.
 */
export async function verifyGoogleIdToken(token: string, options: VerifyIdTokenOptions = {}): Promise<GoogleIdentity> {
  const settings = googleSettings()
  const metadata = await providerMetadata(settings.issuer)
  let payload: JWTPayload
  try {
    ;({ payload } = await jwtVerify(token, metadata.keys, {
      algorithms: metadata.algorithms,
      issuer: issuersFor(metadata.issuer),
      audience: settings.clientId,
      requiredClaims: ['sub', 'iat', 'exp'],
      clockTolerance: 30,
    }))
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw invalidToken('The Google ID token has expired')
    if (error instanceof errors.JOSEError && TOKEN_ERRORS.has(error.code)) throw invalidToken()
    if (error instanceof errors.JOSEError || error instanceof TypeError) throw googleUnavailable(error)
    throw error
  }
  if (options.nonce !== undefined && payload.nonce !== options.nonce) throw invalidToken()
  if (options.requireAuthorizedParty && payload.azp !== undefined && payload.azp !== settings.clientId) throw invalidToken()
  return identityOf(payload)
}
