import { SignJWT, errors, jwtVerify } from 'jose'
import { authSecret, config } from '@/lib/config'
import type { Role } from '@/lib/generated/prisma/enums'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { derivedKey } from './keys'

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60
const AUDIENCE = 'vicross-api'
const TYPE = 'access'
const ALGORITHM = 'HS256'

export interface AccessClaims {
  userId: string
  role: Role
  /** The user's session version when the token was issued; a bump revokes it. */
  sessionVersion: number
  /**
   * The sign-in (refresh-token family) the token was issued for, claim `fid`: revoking that family
   * (sign-out, a replayed refresh token) revokes the token too. Every token the API issues has one.
   */
  familyId?: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const issuer = () => new URL(config().APP_URL).origin
const importedKeys = processSingleton('access-token-keys', () => new Map<string, Promise<CryptoKey>>())

/**
 * The HMAC key, derived and imported once per AUTH_SECRET. Given raw bytes, jose imports a
 * WebCrypto key on every call, and the derivation (HKDF) ran on every call as well: together about
 * a sixth of an authenticated request's CPU (measured with bench/, a CPU profile of server.ts).
 */
function key(): Promise<CryptoKey> {
  const secret = authSecret()
  const keys = importedKeys.get()
  let found = keys.get(secret)
  if (!found) {
    found = crypto.subtle.importKey('raw', new Uint8Array(derivedKey('access-token')), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
    keys.set(secret, found)
  }
  return found
}

export async function signAccessToken(claims: AccessClaims, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): Promise<string> {
  return new SignJWT({ role: claims.role, sv: claims.sessionVersion, typ: TYPE, ...(claims.familyId ? { fid: claims.familyId } : {}) })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(issuer())
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(await key())
}

export interface VerifiedAccessClaims extends AccessClaims {
  /** When the token stops being valid (ms since epoch): long-lived sockets are ended then. */
  expiresAt: number
}

/** The claims of a valid access token, or null for anything else (expired, forged, another kind). */
export async function verifyAccessToken(token: string): Promise<VerifiedAccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await key(), {
      algorithms: [ALGORITHM],
      issuer: issuer(),
      audience: AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat'],
    })
    if (payload.typ !== TYPE || typeof payload.sub !== 'string' || typeof payload.sv !== 'number') return null
    if (payload.role !== 'user' && payload.role !== 'staff' && payload.role !== 'admin') return null
    if (payload.fid !== undefined && (typeof payload.fid !== 'string' || !UUID.test(payload.fid))) return null
    return { userId: payload.sub, role: payload.role, sessionVersion: payload.sv, familyId: payload.fid, expiresAt: payload.exp! * 1000 }
  } catch (error) {
    if (error instanceof errors.JOSEError) return null
    throw error
  }
}
