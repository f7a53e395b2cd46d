import { randomInt } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'

import { db } from '@/lib/db'
import { isRecordNotFound, isUniqueViolation } from '@/lib/db/errors'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { appLink } from '@/lib/mail/templates/auth-mails'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { afterResponse } from './after-response'
import type { AuthRequestMeta } from './request-meta'
import { keyedHash, randomToken, sameHash } from './secret-hash'
import { securityEvent } from './security-event'

/*
 * Pending addresses (`pending_emails`): a registration or an email change is only a request until a
 * code or link mailed to the address comes back. Both are written whether or not the address already
 * has an account — for a taken one as a decoy that is never mailed a code and never applied — so the
 * answers and the work of every later request (sign-in with the chosen password, codes, resends) are
 * the same for a taken address as for a free one. See README, "Security decisions".
 */

/** How long a registration or email change waits for its mailbox (its link lives as long). */
export const PENDING_TTL_HOURS = 24
/** The same limits as account codes (see send-one-time-code.ts). */
const CODE_TTL_MINUTES = 10
const MAX_CODE_ATTEMPTS = 5

export const newCode = () => randomInt(0, 1_000_000).toString().padStart(6, '0')
/** A pending row's code is bound to that row: the digits do nothing for another registration. */
export const pendingCodeHash = (id: string, code: string) => keyedHash('pending-email-code', `${id}:${code}`)
export const pendingLinkHash = (token: string) => keyedHash('pending-email-link', token)
/** An id no row has: the statements a real row would get run against it, so that both cost the same. */
export const noRow = () => uuidv7()

export interface PendingEmailRow {
  id: string
  email: string
  userId: string | null
  name: string | null
  passwordHash: string | null
  claimable: boolean
  codeHash: string
  failures: number
}

const rowSelect = { id: true, email: true, userId: true, name: true, passwordHash: true, claimable: true, codeHash: true, failures: true } as const

export interface IssuedPendingCode {
  id: string
  code: string
  link: string
  createdAt: Date
}

/**
 * Records a registration (`userId` null) or an email change of `userId` to `email`, with a fresh
 * code and link (returned, for the caller to mail — or not, for a taken address). A user's newer
 * email change replaces their earlier one; registrations of one address are kept side by side (each
 * link verifies its own, a code the latest), so that a later registrant cannot cancel the first
 * one's mail. The first to be verified becomes the account and removes the others.
 */
export async function createPendingEmail(input: {
  email: string
  userId?: string | null
  name?: string | null
  passwordHash?: string | null
  claimable: boolean
}): Promise<IssuedPendingCode> {
  const id = uuidv7()
  const code = newCode()
  const token = randomToken()
  const now = new Date()
  const userId = input.userId ?? null
  const [, row] = await db().$transaction([
    db().pendingEmail.deleteMany({ where: userId ? { userId } : { email: input.email, userId: null, expiresAt: { lt: now } } }),
    db().pendingEmail.create({
      data: {
        id,
        email: input.email,
        userId,
        name: input.name ?? null,
        passwordHash: input.passwordHash ?? null,
        claimable: input.claimable,
        codeHash: pendingCodeHash(id, code),
        codeExpiresAt: new Date(now.getTime() + CODE_TTL_MINUTES * 60_000),
        linkHash: pendingLinkHash(token),
        expiresAt: new Date(now.getTime() + PENDING_TTL_HOURS * 3_600_000),
      },
      select: { createdAt: true },
    }),
  ])
  // Housekeeping, off the response path: rows past their 24 h can never be verified.
  afterResponse('pending email clean-up', async () => {
    await db().pendingEmail.deleteMany({ where: { expiresAt: { lt: new Date() } } })
  })
  return { id, code, link: appLink('/api/auth/verify-email', { token }), createdAt: row.createdAt }
}

/** The latest registration of `email` still waiting (for sign-in: its password answers "verify first"). */
export async function latestPendingRegistration(email: string): Promise<{ passwordHash: string | null } | null> {
  return db().pendingEmail.findFirst({
    where: { email, userId: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { passwordHash: true },
  })
}

/** The latest pending row for `email` whose code is live (for verify-otp), decoys included. */
export async function livePendingCode(email: string): Promise<PendingEmailRow | null> {
  const now = new Date()
  return db().pendingEmail.findFirst({
    where: { email, expiresAt: { gt: now }, codeExpiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
    select: rowSelect,
  })
}

/** send-otp/resend-otp `verify_email` for an address without an account: a new code for its latest claimable row. */
export async function reissuePendingCode(email: string): Promise<{ code: string; link: string } | null> {
  const row = await db().pendingEmail.findFirst({
    where: { email, claimable: true, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, failures: true },
  })
  if (!row) return null
  const code = newCode()
  const token = randomToken()
  await db().pendingEmail.update({
    where: { id: row.id },
    data: {
      codeHash: pendingCodeHash(row.id, code),
      codeExpiresAt: new Date(Date.now() + CODE_TTL_MINUTES * 60_000),
      // As for accounts: a new code does not buy fresh guesses after wrong ones.
      attempts: Math.min(row.failures, MAX_CODE_ATTEMPTS - 1),
      linkHash: pendingLinkHash(token),
    },
    select: { id: true },
  })
  return { code, link: appLink('/api/auth/verify-email', { token }) }
}

/**
 * Checks `code` against a pending row (or, with none, against nothing at the same cost): takes one
 * of its 5 attempts atomically first, counts a wrong guess, consumes a right one. Returns the row
 * when the code was right, else null.
 */
export async function checkPendingCode(row: PendingEmailRow | null, code: string): Promise<PendingEmailRow | null> {
  const id = row?.id ?? noRow()
  const claimed = await db().pendingEmail.updateMany({
    where: { id, attempts: { lt: MAX_CODE_ATTEMPTS }, codeExpiresAt: { gt: new Date() } },
    data: { attempts: { increment: 1 } },
  })
  const right = claimed.count === 1 && sameHash(pendingCodeHash(id, code), row?.codeHash ?? '')
  if (!right) {
    await db().pendingEmail.updateMany({ where: { id: claimed.count === 1 ? id : noRow() }, data: { failures: { increment: 1 } } })
    return null
  }
  const consumed = await db().pendingEmail.updateMany({ where: { id, codeExpiresAt: { gt: new Date() } }, data: { codeExpiresAt: new Date(), failures: 0 } })
  return consumed.count === 1 ? row : null
}

/** Consumes a pending row's link token: its row, or null when unknown, used or expired. */
export async function consumePendingLink(token: string): Promise<PendingEmailRow | null> {
  const linkHash = pendingLinkHash(token)
  const row = await db().pendingEmail.findUnique({ where: { linkHash }, select: { ...rowSelect, expiresAt: true } })
  if (!row) return null
  const taken = await db().pendingEmail.updateMany({ where: { id: row.id, linkHash }, data: { linkHash: null } })
  if (taken.count !== 1 || row.expiresAt <= new Date()) return null
  return row
}

/**
 * Applies a verified pending row: a registration becomes an account (with the row's id, name and
 * password hash, verified), an email change moves its user to the address. A decoy (taken address)
 * is never applied, nor anything once the address has an account: the existing account is never
 * touched. Every pending row of the address goes. Returns the user's id, or null.
 */
export async function applyPendingEmail(row: PendingEmailRow, meta: AuthRequestMeta & { via: 'code' | 'link' }): Promise<string | null> {
  const log = { ip: meta.ip ?? null, requestId: meta.requestId ?? null, via: meta.via }
  if (!row.claimable) {
    securityEvent('pending_email.refused_decoy', { ...log, email: row.email }, 'warn')
    return null
  }
  const now = new Date()
  try {
    if (row.userId === null) {
      await db().$transaction([
        db().user.create({
          data: { id: row.id, name: row.name, email: row.email, passwordHash: row.passwordHash, role: 'user', emailVerified: now },
          select: { id: true },
        }),
        db().pendingEmail.deleteMany({ where: { email: row.email } }),
      ])
      await recordAudit({ actorId: row.id, action: 'user.registered', entityType: 'user', entityId: row.id, ip: log.ip, requestId: log.requestId })
      await recordAudit({
        actorId: row.id,
        action: 'user.email_verified',
        entityType: 'user',
        entityId: row.id,
        details: { via: meta.via },
        ip: log.ip,
        requestId: log.requestId,
      })
      securityEvent('register.created', { ...log, userId: row.id })
      publishDomainEvent({ entity: 'user', action: 'created', id: row.id })
      return row.id
    }
    const userId = row.userId
    await db().$transaction([
      db().user.update({ where: { id: userId }, data: { email: row.email, emailVerified: now }, select: { id: true } }),
      db().pendingEmail.deleteMany({ where: { OR: [{ email: row.email }, { userId }] } }),
    ])
    await recordAudit({
      actorId: userId,
      action: 'user.email_changed',
      entityType: 'user',
      entityId: userId,
      details: { via: meta.via },
      ip: log.ip,
      requestId: log.requestId,
    })
    securityEvent('email.changed', { ...log, userId })
    publishDomainEvent({ entity: 'user', action: 'updated', id: userId })
    return userId
  } catch (error) {
    // The address got an account meanwhile (or the user is gone): nothing is applied.
    if (isUniqueViolation(error) || isRecordNotFound(error)) {
      await db().pendingEmail.deleteMany({ where: { id: row.id } })
      securityEvent('pending_email.not_applied', { ...log, email: row.email }, 'warn')
      return null
    }
    throw error
  }
}
