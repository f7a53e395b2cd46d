import { appLink } from '@/lib/mail/templates/auth-mails'
import { db } from '@/lib/db'
import { keyedHash, randomToken } from './secret-hash'

/** The link beside the code in a verification mail; it lives longer than the code, for slow mailboxes. */
export const EMAIL_LINK_TTL_HOURS = 24

const identifierFor = (userId: string) => `verify-email:${userId}`
export const emailLinkHash = (token: string) => keyedHash('email-verification-link', token)

/** A fresh single-use link (older ones for the user stop working); the token is stored only as a hash. */
export async function createEmailVerificationLink(userId: string): Promise<string> {
  const token = randomToken()
  const identifier = identifierFor(userId)
  await db().$transaction([
    db().verificationToken.deleteMany({ where: { identifier } }),
    db().verificationToken.create({ data: { identifier, token: emailLinkHash(token), expires: new Date(Date.now() + EMAIL_LINK_TTL_HOURS * 3_600_000) } }),
  ])
  return appLink('/api/auth/verify-email', { token })
}

/** Consumes a link token; returns its user, or null when unknown, used or expired. Of two clicks, one wins. */
export async function consumeEmailVerificationLink(token: string): Promise<string | null> {
  const hash = emailLinkHash(token)
  const row = await db().verificationToken.findFirst({
    where: { token: hash, identifier: { startsWith: 'verify-email:' } },
    select: { identifier: true, expires: true },
  })
  if (!row) return null
  const deleted = await db().verificationToken.deleteMany({ where: { identifier: row.identifier, token: hash } })
  if (deleted.count !== 1 || row.expires <= new Date()) return null
  return row.identifier.slice('verify-email:'.length)
}
