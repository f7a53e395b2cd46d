import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { presentUser, userJsonSelect } from '@/lib/services/users/present-user'
import { authenticatePassword } from './authenticate-password'
import type { AuthRequestMeta } from './request-meta'
import { issueTokenPair, type TokenPair } from './token-pair'

/** API sign-in with a password: the user and a fresh token pair. */
export async function logIn(input: { email: string; password: string } & AuthRequestMeta): Promise<TokenPair & { user: UserJson }> {
  const { id } = await authenticatePassword(input)
  const tokens = await issueTokenPair(id, { ip: input.ip, userAgent: input.userAgent })
  const user = presentUser(await db().user.findUniqueOrThrow({ where: { id }, select: userJsonSelect }))
  return { user, ...tokens }
}
