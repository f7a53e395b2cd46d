import { seal, unseal } from '@/lib/auth/secret-box'
import { totpStep } from '@/lib/auth/totp'
import { db } from '@/lib/db'
import { localeOr } from '@/lib/i18n/locales'
import { queueMail } from '@/lib/mail/send-mail'
import { recoveryCodeUsedMail } from '@/lib/mail/templates/security-mails'
import { blockRateLimit, blockedFor, consumeRateLimit, tooManyRequests } from '@/lib/rate-limit/consume'
import { recordAudit } from '@/lib/services/audit/record-audit'
import type { AuthRequestMeta } from '@/lib/services/auth/request-meta'
import { securityEvent } from '@/lib/services/auth/security-event'
import { looksLikeRecoveryCode, spendRecoveryCode } from './recovery-codes'

export type SecondFactorMethod = 'totp' | 'recovery_code'

const SEAL_PURPOSE = 'totp-secret'
export const sealTotpSecret = (secret: string) => seal(SEAL_PURPOSE, secret)
export const unsealTotpSecret = (sealed: string) => unseal(SEAL_PURPOSE, sealed)

/**
 * Accepts an authenticator code once: the step it belongs to must be later than the last one
 * accepted, and the update that records it is the check, so two requests racing with the same
 * code cannot both pass. `confirmed` false checks an enrolment's first code.
 */
export async function acceptTotpCode(userId: string, code: string, confirmed: boolean): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false
  const credential = await db().totpCredential.findUnique({ where: { userId }, select: { secretEncrypted: true, confirmedAt: true } })
  if (!credential || (credential.confirmedAt !== null) !== confirmed) return false
  const secret = unsealTotpSecret(credential.secretEncrypted)
  if (!secret) return false
  const found = totpStep(secret, code)
  if (found === null) return false
  const step = BigInt(found)
  const accepted = await db().totpCredential.updateMany({
    where: { userId, confirmedAt: confirmed ? { not: null } : null, OR: [{ lastStep: null }, { lastStep: { lt: step } }] },
    data: { lastStep: step },
  })
  return accepted.count === 1
}

/**
 * Checks a second-factor code of a user who has one: a 6-digit authenticator code or a recovery
 * code. Wrong codes count against the account (5 per 15 minutes over every path, then 429 until
 * the window passes), so a challenge re-issued by signing in again does not buy more guesses.
 * Returns the method that passed, or null for a wrong code.
 */
export async function checkSecondFactor(userId: string, rawCode: string, meta: AuthRequestMeta): Promise<SecondFactorMethod | null> {
  const waiting = await blockedFor('mfa-user', userId)
  if (waiting > 0) throw tooManyRequests(waiting / 1000, undefined, 'Too many wrong codes; try again later')
  const code = rawCode.trim()
  let method: SecondFactorMethod | null = null
  if (await acceptTotpCode(userId, code, true)) method = 'totp'
  else if (looksLikeRecoveryCode(code) && (await spendRecoveryCode(db(), userId, code))) method = 'recovery_code'

  const fields = { userId, ip: meta.ip ?? null, requestId: meta.requestId ?? null }
  if (!method) {
    securityEvent('mfa.wrong_code', fields, 'warn')
    await countWrongCode(userId)
    return null
  }
  if (method === 'recovery_code') await recoveryCodeUsed(userId, meta)
  securityEvent('mfa.passed', { ...fields, method })
  return method
}

/** A wrong code spends a point; the last point locks the account's second factor for the window, right codes included. */
export async function countWrongCode(userId: string): Promise<void> {
  const state = await consumeRateLimit('mfa-user', userId, { message: 'Too many wrong codes; try again later' })
  if (state.remaining === 0) await blockRateLimit('mfa-user', userId, state.window)
}

async function recoveryCodeUsed(userId: string, meta: AuthRequestMeta): Promise<void> {
  const prisma = db()
  const [user, left] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, locale: true } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ])
  await recordAudit({
    actorId: userId,
    action: 'user.recovery_code_used',
    entityType: 'user',
    entityId: userId,
    details: { codes_left: left },
    ip: meta.ip,
    requestId: meta.requestId,
  })
  queueMail(recoveryCodeUsedMail(user.email, { left, ip: meta.ip ?? null }, localeOr(user.locale)))
}
