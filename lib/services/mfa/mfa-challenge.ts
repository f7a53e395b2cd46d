import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { AuthRequestMeta } from '@/lib/services/auth/request-meta'
import { keyedHash, randomToken } from '@/lib/services/auth/secret-hash'
import type { AuthenticationResponseJSON } from '@simplewebauthn/server'
import { verifyPasskeyAssertion } from '@/lib/services/passkeys/passkey-assertion'
import { checkSecondFactor, type SecondFactorMethod } from './second-factor'

/** A code (authenticator or recovery), or a passkey's answer to the challenge of /auth/mfa/passkey-options. */
export type SecondFactorProof = { code: string } | { passkey: { challengeId: string; response: AuthenticationResponseJSON } }

/** How long a passed first factor waits for the second. */
export const MFA_CHALLENGE_TTL_SECONDS = 300
/** Codes tried against one challenge; the account-wide limit (mfa-user) applies as well. */
export const MFA_CHALLENGE_MAX_ATTEMPTS = 5

export type FirstFactor = 'password' | 'email_code' | 'google'

const challengeHash = (token: string) => keyedHash('mfa-challenge', token)
const expired = () => new AppError('unauthenticated', 'This sign-in has expired or was already used; sign in again')

/**
 * Records that `userId` passed a first factor. The token goes to the client (API: `mfa_token`;
 * the dashboard's sign-in form makes its own and sends it along, so the token never appears in a
 * URL) and comes back with the second factor.
 */
export async function createMfaChallenge(userId: string, firstFactor: FirstFactor, meta: AuthRequestMeta, token = randomToken()): Promise<string> {
  await db().mfaChallenge.create({
    data: {
      userId,
      tokenHash: challengeHash(token),
      method: firstFactor,
      expiresAt: new Date(Date.now() + MFA_CHALLENGE_TTL_SECONDS * 1000),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  })
  return token
}

/**
 * Exchanges a challenge and a second-factor code for the user it was issued to. Every try counts
 * first (so parallel guesses cannot pass the bound); the right code spends the challenge.
 */
export async function redeemMfaChallenge(
  token: string,
  proof: SecondFactorProof,
  meta: AuthRequestMeta,
): Promise<{ userId: string; method: SecondFactorMethod | 'passkey'; firstFactor: FirstFactor }> {
  const prisma = db()
  const hash = challengeHash(token)
  const counted = await prisma.mfaChallenge.updateMany({
    where: { tokenHash: hash, consumedAt: null, expiresAt: { gt: new Date() }, attempts: { lt: MFA_CHALLENGE_MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  })
  if (counted.count !== 1) throw expired()
  const challenge = await prisma.mfaChallenge.findUniqueOrThrow({ where: { tokenHash: hash }, select: { id: true, userId: true, method: true } })
  let method: SecondFactorMethod | 'passkey' | null
  if ('code' in proof) method = await checkSecondFactor(challenge.userId, proof.code, meta)
  else {
    await verifyPasskeyAssertion('second_factor', proof.passkey.challengeId, proof.passkey.response, challenge.userId)
    method = 'passkey'
  }
  if (!method) throw new AppError('unauthenticated', 'That code is not right', { errors: { code: ['That code is not right'] } })
  const spent = await prisma.mfaChallenge.updateMany({ where: { id: challenge.id, consumedAt: null }, data: { consumedAt: new Date() } })
  if (spent.count !== 1) throw expired()
  return { userId: challenge.userId, method, firstFactor: challenge.method as FirstFactor }
}

/** The account a live challenge was issued to: for the options of its passkey step. */
export async function mfaChallengeUser(token: string): Promise<string> {
  const challenge = await db().mfaChallenge.findFirst({
    where: { tokenHash: challengeHash(token), consumedAt: null, expiresAt: { gt: new Date() }, attempts: { lt: MFA_CHALLENGE_MAX_ATTEMPTS } },
    select: { userId: true },
  })
  if (!challenge) throw expired()
  return challenge.userId
}

/** Challenges past their time are of no use to anyone: removed by the hourly sweep. */
export async function purgeExpiredMfaChallenges(): Promise<number> {
  const { count } = await db().mfaChallenge.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 3_600_000) } } })
  return count
}
