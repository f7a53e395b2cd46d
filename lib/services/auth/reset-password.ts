import { AppError } from '@/lib/errors'
import { hashPassword } from '@/lib/auth/password'
import { db } from '@/lib/db'
import { localeOr } from '@/lib/i18n/locales'
import { queueMail } from '@/lib/mail/send-mail'
import { passwordChangedMail } from '@/lib/mail/templates/auth-mails'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { clearLoginFailures } from './login-lockout'
import { claimPasswordResetToken } from './password-reset-token'
import type { AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'
import { revokeUserSessions } from './token-pair'

/**
 * Sets a new password with a reset token from verify-otp. Every refresh token, access token and
 * dashboard session of the user is revoked; there is no automatic sign-in (the client signs in
 * with the new password). The owner is told by mail.
 */
export async function resetPassword(input: { resetToken: string; password: string } & AuthRequestMeta): Promise<void> {
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null }
  await consumeClientRateLimit('reset-password-ip', input.ip)
  const passwordHash = await hashPassword(input.password)
  const userId = await claimPasswordResetToken(input.resetToken)
  if (!userId) {
    securityEvent('password_reset.invalid_token', meta, 'warn')
    throw new AppError('validation', 'Invalid or expired reset token', { errors: { reset_token: ['Invalid or expired reset token; ask for a new code'] } })
  }
  const user = await db().user.update({ where: { id: userId }, data: { passwordHash }, select: { email: true, isActive: true, locale: true } })
  await revokeUserSessions(userId, 'password_reset')
  await clearLoginFailures(userId)
  await recordAudit({ actorId: userId, action: 'user.password_reset', entityType: 'user', entityId: userId, ip: meta.ip, requestId: meta.requestId })
  securityEvent('password_reset.completed', { ...meta, userId })
  queueMail(passwordChangedMail(user.email, localeOr(user.locale)))
}
