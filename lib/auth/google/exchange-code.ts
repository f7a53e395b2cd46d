import { z } from 'zod'
import { AppError } from '@/lib/errors'
import { logger } from '@/lib/log/logger'
import { providerMetadata } from './discovery'
import { googleSettings, googleUnavailable } from './settings'

const TIMEOUT_MS = 10_000

const tokenResponseSchema = z.object({ id_token: z.string().min(1) })
const tokenErrorSchema = z.object({ error: z.string() })

/** RFC 6749 §2.3.1: client_secret_basic form-encodes the id and secret before base64. */
const basicAuth = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`

/**
 * Redeems an authorization code (with its PKCE verifier) at the issuer's token endpoint and returns
 * the ID token, still unverified. A code that is invalid, expired or already used is a 401; a
 * provider that is down or refuses our client credentials is a 503 (our problem, not the caller's).
 */
export async function exchangeCode(code: string, codeVerifier: string): Promise<string> {
  const settings = googleSettings()
  const metadata = await providerMetadata(settings.issuer)
  const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: settings.redirectUri, code_verifier: codeVerifier })
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
  if (metadata.tokenEndpointAuthMethod === 'client_secret_post') {
    form.set('client_id', settings.clientId)
    form.set('client_secret', settings.clientSecret)
  } else {
    headers.authorization = basicAuth(settings.clientId, settings.clientSecret)
  }

  let response: Response
  let body: unknown
  try {
    response = await fetch(metadata.tokenEndpoint, { method: 'POST', headers, body: form, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) })
    body = await response.json().catch(() => null)
  } catch (error) {
    throw googleUnavailable(error)
  }

  if (response.ok) {
    const tokens = tokenResponseSchema.safeParse(body)
    if (tokens.success) return tokens.data.id_token
    throw googleUnavailable(new Error('token endpoint answered without an id_token'))
  }
  const failure = tokenErrorSchema.safeParse(body)
  if (response.status === 400 && failure.success && failure.data.error === 'invalid_grant') {
    throw new AppError('unauthenticated', 'The Google authorization code is invalid, expired or already used')
  }
  // invalid_client and friends mean our configuration is wrong: log it for the operator.
  logger().warn({ status: response.status, error: failure.success ? failure.data.error : undefined }, 'Google token endpoint refused the code exchange')
  throw googleUnavailable()
}
