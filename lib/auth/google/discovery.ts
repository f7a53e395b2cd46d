import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose'
import { z } from 'zod'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { googleUnavailable } from './settings'

/** Discovery documents change rarely (Google's key rotation is handled by the JWKS cache itself). */
const DISCOVERY_TTL_MS = 60 * 60 * 1000
const FETCH_TIMEOUT_MS = 5_000

/** Only asymmetric algorithms: an HMAC "ID token" keyed with our client secret must never pass. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'] as const

const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  // OpenID Connect Discovery: RS256 is the default when the provider does not say.
  id_token_signing_alg_values_supported: z.array(z.string()).default(['RS256']),
  token_endpoint_auth_methods_supported: z.array(z.string()).default(['client_secret_basic']),
})

export interface OidcProviderMetadata {
  issuer: string
  authorizationEndpoint: string
  tokenEndpoint: string
  tokenEndpointAuthMethod: 'client_secret_post' | 'client_secret_basic'
  algorithms: string[]
  keys: JWTVerifyGetKey
}

interface CacheEntry {
  expiresAt: number
  metadata: Promise<OidcProviderMetadata>
}

const discoveries = processSingleton('oidc-discovery', () => new Map<string, CacheEntry>())

async function fetchMetadata(issuer: string): Promise<OidcProviderMetadata> {
  let body: unknown
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'application/json' },
    })
    if (!response.ok) throw new Error(`discovery answered ${response.status}`)
    body = await response.json()
  } catch (error) {
    throw googleUnavailable(error)
  }
  const parsed = discoverySchema.safeParse(body)
  // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched from.
  if (!parsed.success || parsed.data.issuer.replace(/\/+$/, '') !== issuer) throw googleUnavailable(new Error(`invalid discovery document for ${issuer}`))
  const document = parsed.data
  const algorithms = document.id_token_signing_alg_values_supported.filter((alg) => (ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg))
  return {
    issuer: document.issuer,
    authorizationEndpoint: document.authorization_endpoint,
    tokenEndpoint: document.token_endpoint,
    tokenEndpointAuthMethod: document.token_endpoint_auth_methods_supported.includes('client_secret_post') ? 'client_secret_post' : 'client_secret_basic',
    algorithms: algorithms.length ? algorithms : ['RS256'],
    // jose caches the key set and refetches it when a token names an unknown `kid` (key rotation).
    keys: createRemoteJWKSet(new URL(document.jwks_uri), { timeoutDuration: FETCH_TIMEOUT_MS }),
  }
}

/**
 * The issuer's endpoints and keys, fetched on first use and cached for an hour. A failed fetch is
 * not cached, so the next request tries again.
 */
export function providerMetadata(issuer: string): Promise<OidcProviderMetadata> {
  const cache = discoveries.get()
  const cached = cache.get(issuer)
  if (cached && cached.expiresAt > Date.now()) return cached.metadata
  const metadata = fetchMetadata(issuer)
  cache.set(issuer, { expiresAt: Date.now() + DISCOVERY_TTL_MS, metadata })
  metadata.catch(() => {
    if (cache.get(issuer)?.metadata === metadata) cache.delete(issuer)
  })
  return metadata
}
