import { AppError } from '@/lib/errors'
import { db } from '@/lib/db'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import type { OtpPurpose } from '@/lib/schemas/auth'
import { afterResponse } from './after-response'
import { markEmailVerified } from './mark-email-verified'
import { applyPendingEmail, checkPendingCode, livePendingCode, noRow } from './pending-email'
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
 * `verify_email` for an address without an account (or without a live account code) checks its
 * pending registration or email change instead, and applies it when right (pending-email.ts).
 */
export async function verifyOneTimeCode(
  input: { email: string; purpose: OtpPurpose; code: string; ip?: string | null } & AuthRequestMeta,
): Promise<{ userId: string }> {
  const email = normalizeEmail(input.email)
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null, purpose: input.purpose }
  await consumeClientRateLimit('otp-verify-ip', input.ip)

  // The same statements run whether or not the email has an account (or a live code): against a row
  // that does not exist when there is none, so that the time taken does not tell.
  const [user, code, pending] = await Promise.all([
    db().user.findUnique({ where: { email, deletedAt: null }, select: { id: true, isActive: true } }),
    db().oneTimeCode.findFirst({
      where: { user: { email, deletedAt: null }, purpose: input.purpose, consumedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'desc' },
      select: { id: true, userId: true, codeHash: true },
    }),
    input.purpose === 'verify_email' ? livePendingCode(email) : Promise.resolve(null),
  ])
  const live = code && user && code.userId === user.id ? code : null
  if (!user || !live) {
    if (input.purpose === 'verify_email') {
      // A pending registration or email change of this address (a decoy, for a taken one, is never applied).
      const verified = await checkPendingCode(pending, input.code)
      const userId = verified ? await applyPendingEmail(verified, { ...meta, via: 'code' }) : null
      if (userId) {
        securityEvent('otp.verified', { ...meta, userId, pending: true })
        return { userId }
      }
    } else {
      // A real guess commits one write before it answers (its attempt; the streak is counted after
      // the answer): the same statement against no row, then a commit that waits for the WAL flush
      // as that write's does (taking a transaction id makes it one).
      await db().oneTimeCode.updateMany({ where: { id: noRow(), consumedAt: null, attempts: { lt: MAX_CODE_ATTEMPTS } }, data: { attempts: { increment: 1 } } })
      sameHash(codeHash(noRow(), input.purpose, input.code), codeHash(noRow(), input.purpose, '000000'))
      await db().$queryRaw`SELECT pg_current_xact_id()::text AS x`
    }
    securityEvent('otp.failed', { ...meta, userId: user?.id, email, reason: 'no_live_code' }, 'warn')
    throw invalidCode()
  }

  const claimed = await db().oneTimeCode.updateMany({
    where: { id: live.id, consumedAt: null, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  })
  if (claimed.count !== 1 || !sameHash(codeHash(user.id, input.purpose, input.code), live.codeHash)) {
    // The account's streak (across re-issued codes) is counted after the answer, so that a wrong
    // guess at a real account costs what a guess at an unknown email does.
    const streakOf = claimed.count === 1 ? user.id : noRow()
    afterResponse('otp failure streak', async () => void (await db().user.updateMany({ where: { id: streakOf }, data: { otpFailures: { increment: 1 } } })))
    securityEvent('otp.failed', { ...meta, userId: user.id, reason: claimed.count === 1 ? 'wrong_code' : 'attempts_exhausted' }, 'warn')
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
