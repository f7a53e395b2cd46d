import { authenticatePassword } from './authenticate-password'
import { finishSignIn, type SignInOutcome } from './finish-sign-in'
import type { AuthRequestMeta } from './request-meta'

/** API sign-in with a password: the user and a fresh token pair, or the second factor's challenge. */
export async function logIn(input: { email: string; password: string } & AuthRequestMeta): Promise<SignInOutcome> {
  const { id } = await authenticatePassword(input)
  return finishSignIn(id, 'password', input)
}
