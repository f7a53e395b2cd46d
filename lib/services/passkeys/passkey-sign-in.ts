import type { AuthenticationResponseJSON } from '@simplewebauthn/server'
import { db } from '@/lib/db'
import { forbidden } from '@/lib/errors'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import { issueSignIn, type SignedIn } from '@/lib/services/auth/finish-sign-in'
import type { AuthRequestMeta } from '@/lib/services/auth/request-meta'
import { securityEvent } from '@/lib/services/auth/security-event'
import { mfaChallengeUser } from '@/lib/services/mfa/mfa-challenge'
import { passkeyAssertionOptions, verifyPasskeyAssertion } from './passkey-assertion'

export async function passkeySignInOptions(meta: AuthRequestMeta) {
  await consumeClientRateLimit('login-ip', meta.ip)
  return passkeyAssertionOptions('sign_in', null)
}

/** The account of a verified passkey, checked as any sign-in: active, its email verified. */
export async function passkeyAccount(challengeId: string, response: AuthenticationResponseJSON, meta: AuthRequestMeta): Promise<string> {
  await consumeClientRateLimit('login-ip', meta.ip)
  const { userId } = await verifyPasskeyAssertion('sign_in', challengeId, response, null)
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { isActive: true, emailVerified: true } })
  if (!user.isActive || !user.emailVerified) throw forbidden('This account cannot sign in right now')
  securityEvent('login.succeeded', { userId, ip: meta.ip ?? null, requestId: meta.requestId ?? null, via: 'passkey' })
  return userId
}

/** A passkey with user verification is both factors: the token pair, no second step. */
export async function signInWithPasskey(challengeId: string, response: AuthenticationResponseJSON, meta: AuthRequestMeta): Promise<SignedIn> {
  return issueSignIn(await passkeyAccount(challengeId, response, meta), meta)
}

export async function mfaPasskeyOptions(mfaToken: string, meta: AuthRequestMeta) {
  await consumeClientRateLimit('otp-verify-ip', meta.ip)
  return passkeyAssertionOptions('second_factor', await mfaChallengeUser(mfaToken))
}
