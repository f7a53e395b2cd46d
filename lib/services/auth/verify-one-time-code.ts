import { AppError } from '@/lib/errors'
import { db } from '@/lib/db'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import type { OtpPurpose } from '@/lib/schemas/auth'
import { markEmailVerified } from './mark-email-verified'
import { normalizeEmail, type AuthRequestMeta } from './request-meta'
import { sameHash } from './secret-hash'
import { MAX_CODE_ATTEMPTS, codeHash } from './send-one-time-code'
import { securityEvent } from './security-event'

const invalidCode = () => new AppError('validation', 'Invalid or expired code', { errors: { otp: ['Invalid or expired code'] } })

/**
 * Checks and consumes the latest live code of `purpose`. Unknown email, wrong, expired, used and
 * exhausted codes are one answer (400 on `otp`). Each guess takes one of the code's 5 attempts
 * before it is compared, atomically, so parallel guesses cannot exceed them; a wrong guess also
 * adds to the account's streak (`otpFailures`), which only a right code clears. A right code proves
 * the mailbox: the email counts as verified. A deactivated account is refused after the check.
 */
export async function verifyOneTimeCode(
  input: { email: string; purpose: OtpPurpose; code: string; ip?: string | null } & AuthRequestMeta,
): Promise<{ userId: string }> {
  const email = normalizeEmail(input.email)
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null, purpose: input.purpose }
  await consumeClientRateLimit('otp-verify-ip', input.ip)

  const user = await db().user.findUnique({ where: { email }, select: { id: true, isActive: true } })
  const live = user
    ? await db().oneTimeCode.findFirst({
        where: { userId: user.id, purpose: input.purpose, consumedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: 'desc' },
        select: { id: true, codeHash: true },
      })
    : null
  if (!user || !live) {
    securityEvent('otp.failed', { ...meta, userId: user?.id, email, reason: 'no_live_code' }, 'warn')
    throw invalidCode()
  }

  const claimed = await db().oneTimeCode.updateMany({
    where: { id: live.id, consumedAt: null, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  })
  if (claimed.count !== 1) {
    securityEvent('otp.failed', { ...meta, userId: user.id, reason: 'attempts_exhausted' }, 'warn')
    throw invalidCode()
  }
  if (!sameHash(codeHash(user.id, input.purpose, input.code), live.codeHash)) {
    await db().user.update({ where: { id: user.id }, data: { otpFailures: { increment: 1 } }, select: { id: true } })
    securityEvent('otp.failed', { ...meta, userId: user.id, reason: 'wrong_code' }, 'warn')
    throw invalidCode()
  }
  // Of parallel right guesses, one consumes the code.
  const consumed = await db().oneTimeCode.updateMany({ where: { id: live.id, consumedAt: null }, data: { consumedAt: new Date() } })
  if (consumed.count !== 1) throw invalidCode()
  await db().user.update({ where: { id: user.id }, data: { otpFailures: 0 }, select: { id: true } })
  securityEvent('otp.verified', { ...meta, userId: user.id })

  if (!user.isActive) throw new AppError('forbidden', 'This account is deactivated')
  await markEmailVerified(user.id, { ...meta, via: 'code' })
  return { userId: user.id }
}
