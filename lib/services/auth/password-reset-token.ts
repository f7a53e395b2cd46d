import { db } from '@/lib/db'
import { keyedHash, randomToken } from './secret-hash'

export const RESET_TOKEN_TTL_MINUTES = 15

export const resetTokenHash = (token: string) => keyedHash('password-reset-token', token)

/** A short-lived single-use reset token for a verified reset code; earlier unused ones are withdrawn. */
export async function issuePasswordResetToken(userId: string): Promise<{ token: string; expiresIn: number }> {
  const token = randomToken()
  const now = new Date()
  await db().$transaction([
    db().passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } }),
    db().passwordResetToken.create({
      data: { userId, tokenHash: resetTokenHash(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60_000) },
      select: { id: true },
    }),
  ])
  return { token, expiresIn: RESET_TOKEN_TTL_MINUTES * 60 }
}

/** Claims a reset token: its user, or null when unknown, used or expired. Of parallel claims, one wins. */
export async function claimPasswordResetToken(token: string): Promise<string | null> {
  const row = await db().passwordResetToken.findUnique({ where: { tokenHash: resetTokenHash(token) }, select: { id: true, userId: true } })
  if (!row) return null
  const claimed = await db().passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } })
  return claimed.count === 1 ? row.userId : null
}
