import { SignJWT, errors, jwtVerify } from 'jose'
import { LRUCache } from 'lru-cache'
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

/*
 * Tokens that verified, by their exact text, until they expire: a client sends the same access token
 * with every request for its 15 minutes, and the HMAC check through WebCrypto cost ~100 µs of each
 * (8.5 % of a single-booth read's CPU profile). Only valid tokens are kept, each no longer than its
 * `exp`; one cache per secret and issuer, so a changed AUTH_SECRET or APP_URL starts empty. Whether
 * the user and the sign-in still stand is checked per request by the caller (authenticate.ts).
 */
const verified = processSingleton('access-token-verified', () => new Map<string, LRUCache<string, VerifiedAccessClaims>>())
const VERIFIED_MAX = 10_000

function verifiedTokens(): LRUCache<string, VerifiedAccessClaims> {
  const scope = `${authSecret()}\u0000${issuer()}`
  const caches = verified.get()
  let cache = caches.get(scope)
  if (!cache) {
    caches.clear()
    cache = new LRUCache({ max: VERIFIED_MAX })
    caches.set(scope, cache)
  }
  return cache
}

/** The claims of a valid access token, or null for anything else (expired, forged, another kind). */
export async function verifyAccessToken(token: string): Promise<VerifiedAccessClaims | null> {
  const cache = verifiedTokens()
  const known = cache.get(token)
  if (known) {
    if (known.expiresAt > Date.now()) return known
    cache.delete(token)
    return null
  }
  const claims = await verifySignedToken(token)
  if (claims) cache.set(token, Object.freeze(claims))
  return claims
}

async function verifySignedToken(token: string): Promise<VerifiedAccessClaims | null> {
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
