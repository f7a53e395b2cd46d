import { AppError } from '@/lib/errors'
import { db } from '@/lib/db'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import type { OtpPurpose } from '@/lib/schemas/auth'
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
 * before it is compared, atomically, so parallel guesses cannot exceed them; each guess also
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
    db().user.findUnique({ where: { email }, select: { id: true, isActive: true } }),
    db().oneTimeCode.findFirst({
      where: { user: { email }, purpose: input.purpose, consumedAt: null, expiresAt: { gt: new Date() } },
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
      // A real guess's one statement, against no row.
      await claimGuess(noRow())
      sameHash(codeHash(noRow(), input.purpose, input.code), codeHash(noRow(), input.purpose, '000000'))
    }
    securityEvent('otp.failed', { ...meta, userId: user?.id, email, reason: 'no_live_code' }, 'warn')
    throw invalidCode()
  }

  const claimed = await claimGuess(live.id)
  if (!claimed || !sameHash(codeHash(user.id, input.purpose, input.code), live.codeHash)) {
    securityEvent('otp.failed', { ...meta, userId: user.id, reason: claimed ? 'wrong_code' : 'attempts_exhausted' }, 'warn')
    throw invalidCode()
  }
  // Of parallel right guesses, one consumes the code; a right code clears the streak its guess began.
  const consumed = await db().oneTimeCode.updateMany({ where: { id: live.id, consumedAt: null }, data: { consumedAt: new Date() } })
  if (consumed.count !== 1) throw invalidCode()
  await db().user.update({ where: { id: user.id }, data: { otpFailures: 0 }, select: { id: true } })
  securityEvent('otp.verified', { ...meta, userId: user.id })

  if (!user.isActive) throw new AppError('forbidden', 'This account is deactivated')
  await markEmailVerified(user.id, { ...meta, via: 'code' })
  return { userId: user.id }
}

/**
 * Takes one of the code's attempts and adds one to its account's streak, in one statement and one
 * commit, before the guess is compared: parallel guesses cannot exceed the attempts, a re-issued
 * code sees every earlier guess, and a guess at an unknown email (`noRow()`) runs the very same
 * statement. Taking a transaction id makes that commit wait for the WAL flush even when no row
 * changed, as a real guess's does. Returns whether an attempt was left.
 */
async function claimGuess(codeId: string): Promise<boolean> {
  const [row] = await db().$queryRaw<{ claimed: number }[]>`
    WITH claimed AS (
      UPDATE one_time_codes SET attempts = attempts + 1
      WHERE id = ${codeId}::uuid AND consumed_at IS NULL AND attempts < ${MAX_CODE_ATTEMPTS}
      RETURNING user_id
    ), streak AS (
      UPDATE users SET otp_failures = otp_failures + 1 WHERE id IN (SELECT user_id FROM claimed) RETURNING id
    )
    SELECT (SELECT count(*) FROM claimed)::int AS claimed, (SELECT count(*) FROM streak)::int AS counted, pg_current_xact_id()::text AS xid`
  return row?.claimed === 1
}
