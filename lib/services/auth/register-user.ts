import { hashPassword } from '@/lib/auth/password'
import { db } from '@/lib/db'
import { localeOr } from '@/lib/i18n/locales'
import { queueMail } from '@/lib/mail/send-mail'
import { oneTimeCodeMail, registrationAttemptMail } from '@/lib/mail/templates/auth-mails'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import type { UserJson } from '@/lib/schemas/users'
import { applyCodeSendLimits } from './one-time-code-limits'
import { createPendingEmail } from './pending-email'
import { normalizeEmail, type AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'
import { CODE_TTL_MINUTES } from './send-one-time-code'

export interface RegisterInput extends AuthRequestMeta {
  name: string
  email: string
  password: string
}

/**
 * What a registration answers, taken email or not: the account it would create, shaped exactly like
 * a real one (its id is the pending row's, which the account gets when the code is verified), never
 * stored as a user. The caller cannot tell a taken address from a free one.
 */
function pendingUser(id: string, name: string, email: string, createdAt: Date): UserJson {
  return {
    id,
    name,
    email,
    role: 'user',
    company: null,
    image_url: null,
    background_image_url: null,
    email_verified: false,
    is_active: true,
    created_at: createdAt.toISOString(),
  }
}

/**
 * Records a pending registration (the role is never the client's choice) and mails its code and
 * link; the account exists only once the code or link comes back (`applyPendingEmail`). A taken
 * email gets a pending row too — a decoy that is never mailed a code and can never be applied — so
 * that signing in with the chosen password answers the same "verify first" 403 either way; the
 * owner is told by mail that someone tried. The answer, the work done (argon2 hash, the same
 * statements) and the cooldown it starts are the same for both.
 */
export async function registerUser(input: RegisterInput): Promise<UserJson> {
  const email = normalizeEmail(input.email)
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null }
  await consumeClientRateLimit('register-ip', input.ip)
  const passwordHash = await hashPassword(input.password)

  const taken = await db().user.findUnique({ where: { email }, select: { id: true, locale: true } })
  // Start the verify_email cooldown either way, or a resend right after would tell; its address was counted by register-ip above.
  const mayMail = await applyCodeSendLimits(email, 'verify_email', undefined).then(
    () => true,
    () => false,
  )
  const pending = await createPendingEmail({ email, name: input.name, passwordHash, claimable: !taken })

  if (taken) {
    // To the account's owner (not necessarily who is registering): in the account's language.
    queueMail(registrationAttemptMail(email, localeOr(taken.locale)))
    securityEvent('register.email_taken', { ...meta, email })
  } else if (mayMail) {
    // No account yet: the code speaks the language the registration was made in.
    queueMail(
      oneTimeCodeMail({
        to: email,
        purpose: 'verify_email',
        code: pending.code,
        minutes: CODE_TTL_MINUTES,
        verifyLink: pending.link,
        locale: localeOr(input.locale),
      }),
    )
    securityEvent('register.pending', { ...meta, email })
  } else {
    // Within the cooldown: the code waits for a resend-otp (which mails a new one for this registration).
    securityEvent('register.code_not_sent', { ...meta, email, reason: 'cooldown' })
  }
  return pendingUser(pending.id, input.name, email, pending.createdAt)
}
