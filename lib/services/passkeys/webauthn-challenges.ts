import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'

export type CeremonyPurpose = 'register' | 'sign_in' | 'second_factor'

/** How long a browser or app has to answer a WebAuthn challenge. */
export const CHALLENGE_TTL_MS = 5 * 60_000

const spent = () => new AppError('unauthenticated', 'This passkey request has expired or was already used; start again')

/** Keeps the challenge of options just generated; the client sends back its id with the answer. */
export async function storeChallenge(challenge: string, purpose: CeremonyPurpose, userId: string | null): Promise<string> {
  const row = await db().webauthnChallenge.create({
    data: { challenge, purpose, userId, expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) },
    select: { id: true },
  })
  return row.id
}

/** Spends a challenge (once, before it expires, for this purpose and account): its text, for the library to compare. */
export async function spendChallenge(id: string, purpose: CeremonyPurpose, userId: string | null): Promise<string> {
  const prisma = db()
  const claimed = await prisma.webauthnChallenge.updateMany({
    where: { id, purpose, userId, consumedAt: null, expiresAt: { gt: new Date() } },
    data: { consumedAt: new Date() },
  })
  if (claimed.count !== 1) throw spent()
  const row = await prisma.webauthnChallenge.findUniqueOrThrow({ where: { id }, select: { challenge: true } })
  return row.challenge
}

export async function purgeExpiredWebauthnChallenges(): Promise<number> {
  const { count } = await db().webauthnChallenge.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 3_600_000) } } })
  return count
}
