import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server'
import { relyingParty } from '@/lib/auth/webauthn'
import { db } from '@/lib/db'
import { AppError, notFound } from '@/lib/errors'
import { mailLocaleOf } from '@/lib/mail/recipient-locale'
import { queueMail } from '@/lib/mail/send-mail'
import { passkeyAddedMail, passkeyRemovedMail } from '@/lib/mail/templates/security-mails'
import { recordAudit } from '@/lib/services/audit/record-audit'
import type { AuthRequestMeta } from '@/lib/services/auth/request-meta'
import { securityEvent } from '@/lib/services/auth/security-event'
import { refreshMfaEnabled } from '@/lib/services/mfa/mfa-enabled'
import { replaceRecoveryCodes } from '@/lib/services/mfa/recovery-codes'
import { spendChallenge, storeChallenge } from './webauthn-challenges'

export interface PasskeyJson {
  id: string
  name: string
  /** Synced by a password manager or platform (multiDevice), or bound to one authenticator. */
  synced: boolean
  created_at: string
  last_used_at: string | null
}

const MAX_PASSKEYS = 20

const present = (row: { id: string; name: string; deviceType: string; createdAt: Date; lastUsedAt: Date | null }): PasskeyJson => ({
  id: row.id,
  name: row.name,
  synced: row.deviceType === 'multiDevice',
  created_at: row.createdAt.toISOString(),
  last_used_at: row.lastUsedAt?.toISOString() ?? null,
})

export async function listPasskeys(userId: string): Promise<PasskeyJson[]> {
  const rows = await db().passkey.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })
  return rows.map(present)
}

/**
 * Options for creating a passkey for this account: a discoverable credential (so it can sign in
 * without an email), user verification preferred, none of the account's existing credentials again.
 */
export async function passkeyRegistrationOptions(userId: string) {
  const prisma = db()
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, passkeys: { select: { credentialId: true, transports: true } } },
  })
  if (user.passkeys.length >= MAX_PASSKEYS) throw new AppError('conflict', `An account can have at most ${MAX_PASSKEYS} passkeys; remove one first`)
  const rp = relyingParty()
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name ?? user.email,
    // The user handle an authenticator returns at sign-in: our id, so a discoverable sign-in finds the account.
    userID: new TextEncoder().encode(userId),
    attestationType: 'none',
    excludeCredentials: user.passkeys.map((key) => ({ id: key.credentialId, transports: key.transports as AuthenticatorTransport[] })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  })
  return { challenge_id: await storeChallenge(options.challenge, 'register', userId), options }
}

/**
 * Stores the passkey the authenticator created, once its answer checks out against the challenge,
 * our origin and relying party. The account's second factor is on from now; an account that had
 * no recovery codes gets ten, returned once.
 */
export async function registerPasskey(
  userId: string,
  input: { challengeId: string; name: string; response: RegistrationResponseJSON },
  meta: AuthRequestMeta,
): Promise<{ passkey: PasskeyJson; recovery_codes: string[] | null }> {
  const challenge = await spendChallenge(input.challengeId, 'register', userId)
  const rp = relyingParty()
  const verification = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch((error: unknown) => {
    throw new AppError('validation', 'The passkey could not be verified', {
      errors: { response: [error instanceof Error ? error.message : 'Invalid response'] },
      cause: error,
    })
  })
  if (!verification.verified) throw new AppError('validation', 'The passkey could not be verified', { errors: { response: ['Not verified'] } })
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo
  const { row, codes, email } = await db().$transaction(async (tx) => {
    const row = await tx.passkey.create({
      data: {
        userId,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        name: input.name,
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
      },
    })
    const { email } = await refreshMfaEnabled(tx, userId)
    const codes = (await tx.recoveryCode.count({ where: { userId, usedAt: null } })) === 0 ? await replaceRecoveryCodes(tx, userId) : null
    await recordAudit(
      {
        actorId: userId,
        action: 'user.passkey_added',
        entityType: 'user',
        entityId: userId,
        details: { passkey: row.id, name: row.name },
        ip: meta.ip,
        requestId: meta.requestId,
      },
      tx,
    )
    return { row, codes, email }
  })
  securityEvent('mfa.passkey_added', { userId, ip: meta.ip ?? null, requestId: meta.requestId ?? null })
  queueMail(passkeyAddedMail(email, { name: row.name, ip: meta.ip ?? null }, await mailLocaleOf(userId)))
  return { passkey: present(row), recovery_codes: codes }
}

/** Removes one of the account's passkeys; it can sign in no more. */
export async function removePasskey(userId: string, passkeyId: string, meta: AuthRequestMeta): Promise<void> {
  const email = await db().$transaction(async (tx) => {
    const removed = await tx.passkey.deleteMany({ where: { id: passkeyId, userId } })
    if (removed.count !== 1) throw notFound('Passkey')
    const user = await refreshMfaEnabled(tx, userId)
    if (!user.mfaEnabled) await tx.recoveryCode.deleteMany({ where: { userId } })
    await recordAudit(
      {
        actorId: userId,
        action: 'user.passkey_removed',
        entityType: 'user',
        entityId: userId,
        details: { passkey: passkeyId },
        ip: meta.ip,
        requestId: meta.requestId,
      },
      tx,
    )
    return user.email
  })
  queueMail(passkeyRemovedMail(email, { ip: meta.ip ?? null }, await mailLocaleOf(userId)))
}
