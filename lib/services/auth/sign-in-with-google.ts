import { AppError, conflict, forbidden } from '@/lib/errors'
import type { GoogleIdentity } from '@/lib/auth/google/id-token'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'
import { publishSessionsRevoked } from '@/lib/events/domain-events'
import { logger } from '@/lib/log/logger'
import type { AuditAction } from '@/lib/services/audit/audit-actions'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { userJsonSelect } from '@/lib/services/users/present-user'
import { finishSignIn, type SignInOutcome } from './finish-sign-in'
import type { ClientMeta } from './token-pair'

/** NextAuth's names, so the dashboard's Google provider finds the same Account rows. */
export const GOOGLE_PROVIDER = 'google'
const ACCOUNT_TYPE = 'oauth'

export interface GoogleSignInMeta extends ClientMeta {
  requestId?: string
}

export type GoogleSignInResult = SignInOutcome

const deactivated = () => forbidden('This account is deactivated')
// An account in the trash: Google has proven the caller owns the address, so this tells them nothing new.
const cannotSignIn = () => forbidden('This account cannot sign in right now')

/** The user is the actor of their own first sign-in or link. */
const auditEntry = (userId: string, action: AuditAction, details: Record<string, string | boolean>, meta: GoogleSignInMeta) => ({
  actorId: userId,
  action,
  entityType: 'user',
  entityId: userId,
  details,
  ip: meta.ip,
  requestId: meta.requestId,
})

/** Links the Google subject to the user who owns the same, Google-verified email. */
async function linkExistingUser(identity: GoogleIdentity, email: string, meta: GoogleSignInMeta): Promise<string | null> {
  const existing = await db().user.findUnique({
    where: { email },
    select: {
      id: true,
      isActive: true,
      deletedAt: true,
      emailVerified: true,
      passwordHash: true,
      accounts: { where: { provider: GOOGLE_PROVIDER }, select: { providerAccountId: true } },
    },
  })
  if (!existing) return null
  if (existing.deletedAt) throw cannotSignIn()
  if (!existing.isActive) throw deactivated()
  // A concurrent first sign-in of this same identity may have just linked it: that is a match.
  if (existing.accounts.some((account) => account.providerAccountId === identity.sub)) return existing.id
  // One Google account per user: a second subject claiming the same email is refused, not merged.
  if (existing.accounts.length) throw conflict('This email is already linked to another Google account')
  // An address nobody had verified may have been registered by someone else to pre-hijack it: the
  // owner of the mailbox (now proven by Google) takes over, and the unproven password stops working.
  const unproven = existing.emailVerified === null
  await db().$transaction(async (tx) => {
    await tx.account.create({ data: { userId: existing.id, type: ACCOUNT_TYPE, provider: GOOGLE_PROVIDER, providerAccountId: identity.sub } })
    if (unproven) {
      await tx.user.update({ where: { id: existing.id }, data: { emailVerified: new Date(), passwordHash: null, sessionVersion: { increment: 1 } } })
      await tx.refreshToken.updateMany({ where: { userId: existing.id, revokedAt: null }, data: { revokedAt: new Date() } })
    }
    const details = { provider: GOOGLE_PROVIDER, email_was_verified: !unproven, password_cleared: unproven && existing.passwordHash !== null }
    await recordAudit(auditEntry(existing.id, 'user.google_linked', details, meta), tx)
  })
  if (unproven) publishSessionsRevoked({ userId: existing.id, reason: 'account_taken_over' })
  return existing.id
}

async function createUser(identity: GoogleIdentity, email: string, meta: GoogleSignInMeta): Promise<string> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email,
        name: identity.name,
        image: identity.picture,
        role: 'user',
        emailVerified: new Date(),
        accounts: { create: { type: ACCOUNT_TYPE, provider: GOOGLE_PROVIDER, providerAccountId: identity.sub } },
      },
      select: { id: true },
    })
    await recordAudit(auditEntry(user.id, 'user.created_with_google', { provider: GOOGLE_PROVIDER }, meta), tx)
    return user.id
  })
}

/**
 * Finds our user for a Google identity. Accounts are matched on (provider, subject), never on email
 * alone; an email match links only when Google says the address is verified. Without a link, an
 * unverified Google email is refused outright, whether or not we know the address: creating a user
 * would squat the address, and a different answer would tell that the address is registered.
 */
async function resolveUserId(identity: GoogleIdentity, meta: GoogleSignInMeta): Promise<string> {
  const linked = await db().account.findUnique({
    where: { provider_providerAccountId: { provider: GOOGLE_PROVIDER, providerAccountId: identity.sub } },
    select: { userId: true },
  })
  if (linked) return linked.userId
  if (!identity.email) throw new AppError('bad_request', 'Google did not share an email address; allow access to it and try again')
  if (!identity.emailVerified) throw forbidden('Google has not verified this email address; verify it with Google or sign in with your password')
  return (await linkExistingUser(identity, identity.email, meta)) ?? (await createUser(identity, identity.email, meta))
}

/** Signs in (linking or creating the user) with a verified Google identity and issues our tokens. */
export async function signInWithGoogle(identity: GoogleIdentity, meta: GoogleSignInMeta = {}): Promise<GoogleSignInResult> {
  let userId: string
  try {
    userId = await resolveUserId(identity, meta)
  } catch (error) {
    // Two first sign-ins at once: the loser hits the unique email or subject; the winner's row now links.
    if (!isUniqueViolation(error)) throw error
    userId = await resolveUserId(identity, meta)
  }
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { ...userJsonSelect, deletedAt: true } })
  if (user.deletedAt) throw cannotSignIn()
  if (!user.isActive) throw deactivated()
  logger().info({ userId: user.id, reqId: meta.requestId, ip: meta.ip }, 'signed in with Google')
  return finishSignIn(user.id, 'google', meta)
}
