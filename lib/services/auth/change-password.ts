import { AppError } from '@/lib/errors'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { db } from '@/lib/db'
import { localeOr } from '@/lib/i18n/locales'
import { queueMail } from '@/lib/mail/send-mail'
import { passwordChangedMail } from '@/lib/mail/templates/auth-mails'
import { blockedFor, consumeRateLimit, tooManyRequests } from '@/lib/rate-limit/consume'
import { recordAudit } from '@/lib/services/audit/record-audit'
import type { AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'
import { revokeUserSessions } from './token-pair'

/**
 * Changes the signed-in user's password after checking the current one (5 wrong ones per 15 min,
 * then 429). Every session, token and open socket is revoked, the caller's included (a new password
 * is the moment to end whatever an old one may have let someone open); the client signs in again.
 */
export async function changePassword(input: { userId: string; password: string; newPassword: string } & AuthRequestMeta): Promise<void> {
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null, userId: input.userId }
  const waiting = await blockedFor('change-password-user', input.userId)
  if (waiting > 0) throw tooManyRequests(waiting / 1000)

  const user = await db().user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, passwordHash: true, locale: true } })
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
    securityEvent('password_change.wrong_password', meta, 'warn')
    await consumeRateLimit('change-password-user', input.userId)
    // A form error, not a 401: the caller's token is fine, and a client must not sign out over a typo.
    throw new AppError('validation', 'Current password is incorrect', { errors: { password: ['Current password is incorrect'] } })
  }
  await db().user.update({ where: { id: input.userId }, data: { passwordHash: await hashPassword(input.newPassword) }, select: { id: true } })
  await revokeUserSessions(input.userId, 'password_changed')
  await recordAudit({
    actorId: input.userId,
    action: 'user.password_changed',
    entityType: 'user',
    entityId: input.userId,
    ip: meta.ip,
    requestId: meta.requestId,
  })
  securityEvent('password_change.completed', meta)
  queueMail(passwordChangedMail(user.email, localeOr(user.locale)))
}
