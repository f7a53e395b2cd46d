import QRCode from 'qrcode'
import { newTotpSecret, totpUri } from '@/lib/auth/totp'
import { config } from '@/lib/config'
import { db } from '@/lib/db'
import { AppError, conflict } from '@/lib/errors'
import { mailLocaleOf } from '@/lib/mail/recipient-locale'
import { queueMail } from '@/lib/mail/send-mail'
import { authenticatorAddedMail, authenticatorRemovedMail, recoveryCodesRegeneratedMail } from '@/lib/mail/templates/security-mails'
import { recordAudit } from '@/lib/services/audit/record-audit'
import type { AuthRequestMeta } from '@/lib/services/auth/request-meta'
import { securityEvent } from '@/lib/services/auth/security-event'
import { refreshMfaEnabled } from './mfa-enabled'
import { replaceRecoveryCodes } from './recovery-codes'
import { acceptTotpCode, checkSecondFactor, countWrongCode, sealTotpSecret } from './second-factor'
import { blockedFor, tooManyRequests } from '@/lib/rate-limit/consume'

export interface TotpEnrolment {
  /** Base32, for typing into an app that cannot scan. Shown once: it is not readable later. */
  secret: string
  otpauth_uri: string
  /** The URI as a QR code, an SVG drawn here (no third-party image service sees the secret). */
  qr_svg: string
}

const wrongCode = (field = 'code') =>
  new AppError('validation', 'That code is not right', { errors: { [field]: ['That code is not right; check the app and try the current code'] } })

/** The issuer an app shows next to the account: the product, and the host for a non-default deployment. */
function issuer(): string {
  const host = new URL(config().APP_URL).host
  return host.startsWith('localhost') ? 'VI Cross' : `VI Cross (${host})`
}

/**
 * Starts adding an authenticator: a new secret, stored sealed and unconfirmed (starting again
 * replaces an unconfirmed one). An account that already has one must remove it first.
 */
export async function beginTotpEnrolment(userId: string): Promise<TotpEnrolment> {
  const prisma = db()
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, totpCredential: { select: { confirmedAt: true } } } })
  if (user.totpCredential?.confirmedAt) throw conflict('An authenticator app is already set up; remove it before adding another')
  const secret = newTotpSecret()
  const secretEncrypted = sealTotpSecret(secret)
  await prisma.totpCredential.upsert({
    where: { userId },
    create: { userId, secretEncrypted },
    update: { secretEncrypted, lastStep: null, createdAt: new Date() },
  })
  const uri = totpUri(secret, user.email, issuer())
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return { secret, otpauth_uri: uri, qr_svg: svg }
}

/**
 * Finishes adding an authenticator with its first code: the factor is on from now, and the
 * account gets ten recovery codes, returned once. Wrong codes count like any second-factor code.
 */
export async function confirmTotpEnrolment(userId: string, code: string, meta: AuthRequestMeta): Promise<{ recovery_codes: string[] }> {
  const prisma = db()
  const pending = await prisma.totpCredential.findUnique({ where: { userId }, select: { confirmedAt: true } })
  if (!pending) throw conflict('Start adding an authenticator app first')
  if (pending.confirmedAt) throw conflict('An authenticator app is already set up')
  const waiting = await blockedFor('mfa-user', userId)
  if (waiting > 0) throw tooManyRequests(waiting / 1000, undefined, 'Too many wrong codes; try again later')
  if (!(await acceptTotpCode(userId, code.trim(), false))) {
    await countWrongCode(userId)
    throw wrongCode()
  }
  const { codes, email } = await prisma.$transaction(async (tx) => {
    await tx.totpCredential.update({ where: { userId }, data: { confirmedAt: new Date() }, select: { userId: true } })
    const user = await tx.user.update({ where: { id: userId }, data: { mfaEnabled: true }, select: { email: true } })
    const codes = await replaceRecoveryCodes(tx, userId)
    await recordAudit({ actorId: userId, action: 'user.mfa_totp_added', entityType: 'user', entityId: userId, ip: meta.ip, requestId: meta.requestId }, tx)
    return { codes, email: user.email }
  })
  securityEvent('mfa.totp_added', { userId, ip: meta.ip ?? null, requestId: meta.requestId ?? null })
  queueMail(authenticatorAddedMail(email, { ip: meta.ip ?? null }, await mailLocaleOf(userId)))
  return { recovery_codes: codes }
}

/** Proof that the caller holds the factor now (a session alone is not enough to weaken an account). */
async function requireCurrentCode(userId: string, code: string, meta: AuthRequestMeta): Promise<void> {
  const exists = await db().totpCredential.findFirst({ where: { userId, confirmedAt: { not: null } }, select: { userId: true } })
  if (!exists) throw conflict('No authenticator app is set up')
  if (!(await checkSecondFactor(userId, code, meta))) throw wrongCode()
}

/** Removes the authenticator (and the recovery codes, unless a passkey remains), after a current code (or a recovery code). */
export async function removeTotp(userId: string, code: string, meta: AuthRequestMeta): Promise<void> {
  await requireCurrentCode(userId, code, meta)
  const email = await db().$transaction(async (tx) => {
    await tx.totpCredential.delete({ where: { userId }, select: { userId: true } })
    const user = await refreshMfaEnabled(tx, userId)
    // Recovery codes stand in for a second factor: with none left, they have nothing to stand in for.
    if (!user.mfaEnabled) await tx.recoveryCode.deleteMany({ where: { userId } })
    await recordAudit({ actorId: userId, action: 'user.mfa_totp_removed', entityType: 'user', entityId: userId, ip: meta.ip, requestId: meta.requestId }, tx)
    return user.email
  })
  securityEvent('mfa.totp_removed', { userId, ip: meta.ip ?? null, requestId: meta.requestId ?? null })
  queueMail(authenticatorRemovedMail(email, { ip: meta.ip ?? null }, await mailLocaleOf(userId)))
}

/** A new set of ten recovery codes, after a current code; the old set stops working. */
export async function regenerateRecoveryCodes(userId: string, code: string, meta: AuthRequestMeta): Promise<{ recovery_codes: string[] }> {
  await requireCurrentCode(userId, code, meta)
  const { codes, email } = await db().$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, userId)
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })
    await recordAudit(
      { actorId: userId, action: 'user.recovery_codes_regenerated', entityType: 'user', entityId: userId, ip: meta.ip, requestId: meta.requestId },
      tx,
    )
    return { codes, email: user.email }
  })
  queueMail(recoveryCodesRegeneratedMail(email, { ip: meta.ip ?? null }, await mailLocaleOf(userId)))
  return { recovery_codes: codes }
}

export interface SecondFactorStatus {
  totp: boolean
  recovery_codes_left: number
}

export async function secondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const prisma = db()
  const [totp, left] = await Promise.all([
    prisma.totpCredential.findFirst({ where: { userId, confirmedAt: { not: null } }, select: { userId: true } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ])
  return { totp: totp !== null, recovery_codes_left: left }
}
