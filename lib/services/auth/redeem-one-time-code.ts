import { db } from '@/lib/db'
import type { OtpPurpose } from '@/lib/schemas/auth'
import type { UserJson } from '@/lib/schemas/users'
import { presentUser, userJsonSelect } from '@/lib/services/users/present-user'
import { clearLoginFailures } from './login-lockout'
import { issuePasswordResetToken } from './password-reset-token'
import type { AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'
import { finishSignIn, type SignInOutcome } from './finish-sign-in'
import { verifyOneTimeCode } from './verify-one-time-code'

export type RedeemedCode =
  | { purpose: 'reset_password'; resetToken: string; expiresIn: number }
  | { purpose: 'verify_email'; user: UserJson }
  | { purpose: 'login'; outcome: SignInOutcome }

const loadUser = async (userId: string) => presentUser(await db().user.findUniqueOrThrow({ where: { id: userId }, select: userJsonSelect }))

/** verify-otp: checks the code, then gives what its purpose is for (a reset token, the verified user, or a sign-in). */
export async function redeemOneTimeCode(input: { email: string; purpose: OtpPurpose; code: string } & AuthRequestMeta): Promise<RedeemedCode> {
  const { userId } = await verifyOneTimeCode(input)
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null, userId }
  if (input.purpose === 'reset_password') {
    const { token, expiresIn } = await issuePasswordResetToken(userId)
    securityEvent('password_reset.token_issued', meta)
    return { purpose: 'reset_password', resetToken: token, expiresIn }
  }
  if (input.purpose === 'verify_email') return { purpose: 'verify_email', user: await loadUser(userId) }
  // A sign-in with an emailed code also ends a password lockout: it is the owner's way back in.
  await clearLoginFailures(userId)
  const outcome = await finishSignIn(userId, 'email_code', input)
  securityEvent('login.succeeded', { ...meta, via: 'code' })
  return { purpose: 'login', outcome }
}
