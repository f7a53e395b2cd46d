import { queueMail } from '@/lib/mail/send-mail'
import { oneTimeCodeMail } from '@/lib/mail/templates/auth-mails'
import { db } from '@/lib/db'
import { localeOr, type Locale } from '@/lib/i18n/locales'
import type { OtpPurpose } from '@/lib/schemas/auth'
import { afterResponse } from './after-response'
import { createEmailVerificationLink } from './email-verification-link'
import { applyCodeSendLimits } from './one-time-code-limits'
import { newCode, reissuePendingCode } from './pending-email'
import { normalizeEmail, type AuthRequestMeta } from './request-meta'
import { keyedHash } from './secret-hash'
import { securityEvent } from './security-event'

export const CODE_TTL_MINUTES = 10
/** Wrong guesses a code survives; the next guess is refused even when right. */
export const MAX_CODE_ATTEMPTS = 5

/** A code is bound to its user and purpose: the same digits for another account or purpose do not match. */
export const codeHash = (userId: string, purpose: OtpPurpose, code: string) => keyedHash('one-time-code', `${userId}:${purpose}:${code}`)

/**
 * Mails a fresh 6-digit code (CSPRNG) for `purpose`; only its keyed hash is stored, older codes of
 * the same purpose stop working. Unknown, deactivated or (for verify_email) already verified
 * addresses get nothing, and the caller cannot tell: the limits apply before the lookup, and the
 * lookup, the code and the mail all happen after the answer (`afterResponse`), so the response time
 * is the same whatever the address. For `verify_email`, an address without an account but with a
 * pending registration or email change gets a new code for that (see pending-email.ts). Within the
 * 60 s cooldown it throws `rate_limited` with Retry-After.
 */
export async function sendOneTimeCode(input: { email: string; purpose: OtpPurpose; ip?: string | null; resend?: boolean } & AuthRequestMeta): Promise<void> {
  const email = normalizeEmail(input.email)
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null, purpose: input.purpose, resend: input.resend ?? false }
  await applyCodeSendLimits(email, input.purpose, input.ip)
  afterResponse('sending a one-time code', () => issueOneTimeCode(email, input.purpose, meta, localeOr(input.locale)))
}

async function issueOneTimeCode(
  email: string,
  purpose: OtpPurpose,
  meta: { ip: string | null; requestId: string | null; purpose: OtpPurpose; resend: boolean },
  requestLocale: Locale,
): Promise<void> {
  const user = await db().user.findUnique({
    where: { email, deletedAt: null },
    select: { id: true, isActive: true, emailVerified: true, otpFailures: true, locale: true },
  })
  if (!user && purpose === 'verify_email') {
    const pending = await reissuePendingCode(email)
    if (pending) {
      // A pending registration or email change has no account language: the request's.
      queueMail(oneTimeCodeMail({ to: email, purpose, code: pending.code, minutes: CODE_TTL_MINUTES, verifyLink: pending.link, locale: requestLocale }))
      securityEvent('otp.sent', { ...meta, email, pending: true })
      return
    }
  }
  if (!user || !user.isActive || (purpose === 'verify_email' && user.emailVerified)) {
    securityEvent('otp.not_sent', { ...meta, userId: user?.id, email })
    return
  }

  const code = newCode()
  const now = new Date()
  await db().$transaction([
    db().oneTimeCode.updateMany({ where: { userId: user.id, purpose: purpose, consumedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } }),
    db().oneTimeCode.create({
      data: {
        userId: user.id,
        purpose: purpose,
        codeHash: codeHash(user.id, purpose, code),
        expiresAt: new Date(now.getTime() + CODE_TTL_MINUTES * 60_000),
        // A new code does not reset the account's failure streak: after wrong guesses it starts with
        // fewer tries (always at least one, so the owner is never locked out). Re-issuing therefore
        // does not buy an attacker fresh guesses, and the hourly send budget bounds the rest.
        attempts: Math.min(user.otpFailures, MAX_CODE_ATTEMPTS - 1),
      },
      select: { id: true },
    }),
  ])
  const verifyLink = purpose === 'verify_email' ? await createEmailVerificationLink(user.id) : undefined
  queueMail(oneTimeCodeMail({ to: email, purpose: purpose, code, minutes: CODE_TTL_MINUTES, verifyLink, locale: localeOr(user.locale) }))
  securityEvent('otp.sent', { ...meta, userId: user.id })
}
