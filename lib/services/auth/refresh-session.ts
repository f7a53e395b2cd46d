import { AppError } from '@/lib/errors'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import type { AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'
import { rotateRefreshToken, type TokenPair } from './token-pair'

/** POST /api/auth/refresh: rotates the refresh token (reuse of a rotated one revokes its family). */
export async function refreshSession(input: { refreshToken: string } & AuthRequestMeta): Promise<TokenPair> {
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null }
  await consumeClientRateLimit('refresh-ip', input.ip)
  try {
    const pair = await rotateRefreshToken(input.refreshToken, { ip: input.ip, userAgent: input.userAgent })
    securityEvent('token.refreshed', meta)
    return pair
  } catch (error) {
    if (error instanceof AppError) securityEvent('token.refresh_refused', meta, 'warn')
    throw error
  }
}
