import { db } from '@/lib/db'

export type SecondFactorKind = 'totp' | 'passkey' | 'recovery_code'

/**
 * What an account that has just passed a first factor still owes: the ways it can give its second
 * factor (the API's `methods`, the sign-in form's passkey button), or null when it has none set up.
 */
export async function owedSecondFactor(userId: string): Promise<SecondFactorKind[] | null> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { mfaEnabled: true, totpCredential: { select: { confirmedAt: true } }, _count: { select: { passkeys: true } } },
  })
  if (!user.mfaEnabled) return null
  const methods: SecondFactorKind[] = []
  if (user.totpCredential?.confirmedAt) methods.push('totp')
  if (user._count.passkeys > 0) methods.push('passkey')
  methods.push('recovery_code')
  return methods
}
