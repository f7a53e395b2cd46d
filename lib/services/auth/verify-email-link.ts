import { AppError } from '@/lib/errors'
import { db } from '@/lib/db'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import type { UserJson } from '@/lib/schemas/users'
import { presentUser, userJsonSelect } from '@/lib/services/users/present-user'
import { consumeEmailVerificationLink } from './email-verification-link'
import { markEmailVerified } from './mark-email-verified'
import { applyPendingEmail, consumePendingLink } from './pending-email'
import type { AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'

/** GET /api/auth/verify-email: the link from the verification mail, single use, 24 h. */
export async function verifyEmailLink(input: { token: string } & AuthRequestMeta): Promise<UserJson> {
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null }
  await consumeClientRateLimit('verify-email-link-ip', input.ip)
  // An account's link (an unverified account), else a pending registration's or email change's.
  let userId = await consumeEmailVerificationLink(input.token)
  if (!userId) {
    const pending = await consumePendingLink(input.token)
    userId = pending ? await applyPendingEmail(pending, { ...meta, via: 'link' }) : null
    if (userId) return presentUser(await db().user.findUniqueOrThrow({ where: { id: userId }, select: userJsonSelect }))
  }
  if (!userId) {
    securityEvent('email.link_invalid', meta, 'warn')
    throw new AppError('validation', 'Invalid or expired verification link', { errors: { token: ['Invalid or expired link; ask for a new code'] } })
  }
  await markEmailVerified(userId, { ...meta, via: 'link' })
  return presentUser(await db().user.findUniqueOrThrow({ where: { id: userId }, select: userJsonSelect }))
}
