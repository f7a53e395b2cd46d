import { PrismaAdapter } from '@auth/prisma-adapter'
import type { Adapter, AdapterAccount } from 'next-auth/adapters'
import { db } from '@/lib/db'

/**
 * @auth/prisma-adapter on our client, used only for Google (credentials sessions never touch it).
 * It would store Google's access, refresh and ID tokens with the account link; the dashboard never
 * calls Google on the user's behalf, so only the link itself — (provider, subject) → user — is kept.
 */
export function nextAuthAdapter(): Adapter {
  // The adapter is typed against @auth/core, whose Adapter differs from next-auth v4's in name only.
  const base = PrismaAdapter(db()) as unknown as Adapter
  const link = base.linkAccount!
  return {
    ...base,
    linkAccount: (account: AdapterAccount) =>
      link({ userId: account.userId, type: account.type, provider: account.provider, providerAccountId: account.providerAccountId }),
  }
}
