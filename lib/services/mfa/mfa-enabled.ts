import type { Prisma } from '@/lib/generated/prisma/client'

/**
 * Recomputes `users.mfa_enabled` inside the transaction that added or removed a factor: true while
 * the account has a confirmed authenticator app or at least one passkey.
 */
export async function refreshMfaEnabled(tx: Prisma.TransactionClient, userId: string): Promise<{ email: string; mfaEnabled: boolean }> {
  const [totp, passkeys] = await Promise.all([
    tx.totpCredential.count({ where: { userId, confirmedAt: { not: null } } }),
    tx.passkey.count({ where: { userId } }),
  ])
  const mfaEnabled = totp + passkeys > 0
  const user = await tx.user.update({ where: { id: userId }, data: { mfaEnabled }, select: { email: true } })
  return { email: user.email, mfaEnabled }
}
