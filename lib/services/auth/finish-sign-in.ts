import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { owedSecondFactor, type SecondFactorKind } from '@/lib/services/mfa/owed-second-factor'
import { createMfaChallenge, MFA_CHALLENGE_TTL_SECONDS, type FirstFactor } from '@/lib/services/mfa/mfa-challenge'
import { presentUser, userJsonSelect } from '@/lib/services/users/present-user'
import type { AuthRequestMeta } from './request-meta'
import { issueTokenPair, type TokenPair } from './token-pair'

export type SignedIn = TokenPair & { user: UserJson }

/** The first factor passed; the client must now send a second one to /auth/mfa/verify. */
export interface MfaRequired {
  mfa_required: true
  mfa_token: string
  methods: SecondFactorKind[]
  expires_in: number
}

export type SignInOutcome = SignedIn | MfaRequired

export const isMfaRequired = (outcome: SignInOutcome): outcome is MfaRequired => 'mfa_required' in outcome

/** The user and a new token pair: the end of every API sign-in, first factor or second. */
export async function issueSignIn(userId: string, meta: AuthRequestMeta): Promise<SignedIn> {
  const tokens = await issueTokenPair(userId, { ip: meta.ip, userAgent: meta.userAgent })
  const user = presentUser(await db().user.findUniqueOrThrow({ where: { id: userId }, select: userJsonSelect }))
  return { user, ...tokens }
}

/**
 * After a first factor (password, emailed code, Google): an account with a second factor gets a
 * challenge instead of tokens; any other account is signed in as before.
 */
export async function finishSignIn(userId: string, firstFactor: FirstFactor, meta: AuthRequestMeta): Promise<SignInOutcome> {
  const methods = await owedSecondFactor(userId)
  if (!methods) return issueSignIn(userId, meta)
  const token = await createMfaChallenge(userId, firstFactor, meta)
  return { mfa_required: true, mfa_token: token, methods, expires_in: MFA_CHALLENGE_TTL_SECONDS }
}
