import { randomInt } from 'node:crypto'
import type { Prisma } from '@/lib/generated/prisma/client'
import { keyedHash } from '@/lib/services/auth/secret-hash'

export const RECOVERY_CODE_COUNT = 10
// No 0/o, 1/l/i: read off paper and typed back without doubt. 31 symbols × 10 ≈ 49.5 bits each.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/** `k7m2p-9xq4t`: ten symbols in two groups. */
function newRecoveryCode(): string {
  const symbols = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return `${symbols.slice(0, 5).join('')}-${symbols.slice(5).join('')}`
}

/** Spaces, dashes and case do not matter when a code is typed back. */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '')

/** True for input shaped like a recovery code (as opposed to a 6-digit authenticator code). */
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(code))

/** Bound to the user, so a code of one account is no use on another. */
export const recoveryCodeHash = (userId: string, code: string) => keyedHash('recovery-code', `${userId}:${normalizeRecoveryCode(code)}`)

type RecoveryClient = Pick<Prisma.TransactionClient, 'recoveryCode'>

/** A new set of codes in place of the old one (the old ones stop working); returned once, never stored. */
export async function replaceRecoveryCodes(client: RecoveryClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode)
  await client.recoveryCode.deleteMany({ where: { userId } })
  await client.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(userId, code) })) })
  return codes
}

/** Spends a code: true exactly once per code, even for requests racing with the same one. */
export async function spendRecoveryCode(client: RecoveryClient, userId: string, code: string): Promise<boolean> {
  const spent = await client.recoveryCode.updateMany({
    where: { userId, codeHash: recoveryCodeHash(userId, code), usedAt: null },
    data: { usedAt: new Date() },
  })
  return spent.count === 1
}
