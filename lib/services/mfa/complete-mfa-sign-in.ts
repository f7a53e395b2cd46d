import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import { clearLoginFailures } from '@/lib/services/auth/login-lockout'
import { issueSignIn, type SignedIn } from '@/lib/services/auth/finish-sign-in'
import type { AuthRequestMeta } from '@/lib/services/auth/request-meta'
import { securityEvent } from '@/lib/services/auth/security-event'
import { redeemMfaChallenge, type SecondFactorProof } from './mfa-challenge'

/** The API's second step: a challenge and a code → the user and a token pair. */
export async function completeMfaSignIn(mfaToken: string, proof: SecondFactorProof, meta: AuthRequestMeta): Promise<SignedIn> {
  await consumeClientRateLimit('otp-verify-ip', meta.ip)
  const { userId, method, firstFactor } = await redeemMfaChallenge(mfaToken, proof, meta)
  await clearLoginFailures(userId)
  securityEvent('login.succeeded', { userId, ip: meta.ip ?? null, requestId: meta.requestId ?? null, via: firstFactor, second: method })
  return issueSignIn(userId, meta)
}
