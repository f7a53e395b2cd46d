import { v7 as uuidv7 } from 'uuid'

import { hashPassword } from '@/lib/auth/password'
import { isUniqueViolation } from '@/lib/db/errors'
import { db } from '@/lib/db'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { queueMail } from '@/lib/mail/send-mail'
import { registrationAttemptMail } from '@/lib/mail/templates/auth-mails'
import { consumeClientRateLimit } from '@/lib/rate-limit/consume'
import type { UserJson } from '@/lib/schemas/users'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { presentUser, userJsonSelect } from '@/lib/services/users/present-user'
import { applyCodeSendLimits } from './one-time-code-limits'
import { normalizeEmail, type AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'
import { sendOneTimeCode } from './send-one-time-code'

export interface RegisterInput extends AuthRequestMeta {
  name: string
  email: string
  password: string
}

/**
 * What a registration of an already taken email answers: the user it would have created, shaped
 * exactly like a real one (a fresh UUIDv7, unverified, role user) but never stored. The caller
 * cannot tell it from a new account; it cannot sign in with it either, since verifying needs the
 * code that only the real owner's mailbox could receive, and none is sent.
 */
function unsavedUser(name: string, email: string): UserJson {
  return {
    id: uuidv7(),
    name,
    email,
    role: 'user',
    company: null,
    image_url: null,
    background_image_url: null,
    email_verified: false,
    is_active: true,
    created_at: new Date().toISOString(),
  }
}

/**
 * Creates an unverified `user` (the role is never the client's choice) and mails a verification
 * code and link. A taken email changes nothing: the owner is told by mail that someone tried, and
 * the answer, the work done (argon2 hash) and the cooldown it starts are the same as for a new one.
 */
export async function registerUser(input: RegisterInput): Promise<UserJson> {
  const email = normalizeEmail(input.email)
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null }
  await consumeClientRateLimit('register-ip', input.ip)
  const passwordHash = await hashPassword(input.password)

  const taken = await db().user.findUnique({ where: { email }, select: { id: true } })
  const created = taken
    ? null
    : await db()
        .user.create({ data: { name: input.name, email, passwordHash, role: 'user' }, select: userJsonSelect })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) return null // registered by a parallel request a moment ago
          throw error
        })

  if (!created) {
    // Start the same verify_email cooldown a new account starts, or a resend right after would tell.
    await applyCodeSendLimits(email, 'verify_email', undefined).catch(() => {}) // its address was counted by register-ip above
    queueMail(registrationAttemptMail(email))
    securityEvent('register.email_taken', { ...meta, email })
    return unsavedUser(input.name, email)
  }

  await recordAudit({ actorId: created.id, action: 'user.registered', entityType: 'user', entityId: created.id, ip: meta.ip, requestId: meta.requestId })
  securityEvent('register.created', { ...meta, userId: created.id })
  publishDomainEvent({ entity: 'user', action: 'created', id: created.id })
  await sendOneTimeCode({ email, purpose: 'verify_email', requestId: meta.requestId }).catch((error: unknown) => {
    // The account exists either way; the client can ask for a code again with send-otp.
    securityEvent('register.code_not_sent', { ...meta, userId: created.id, reason: error instanceof Error ? error.message : 'unknown' }, 'warn')
  })
  return presentUser(created)
}
