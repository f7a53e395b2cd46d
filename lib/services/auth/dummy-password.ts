import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { randomToken } from './secret-hash'

/** A hash of a password nobody knows, made with the real parameters, computed once per process. */
const dummy = processSingleton('dummy-password-hash', () => hashPassword(randomToken()))
const dummyHash = () => dummy.get()

/**
 * Checks a password against the account's hash, or against the dummy hash when there is no account
 * (or no password, e.g. Google-only): an unknown email costs the same argon2 work as a wrong
 * password, so the response time does not tell them apart.
 */
export async function checkPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verifyPassword(await dummyHash(), password)
    return false
  }
  return verifyPassword(passwordHash, password)
}

// Warm the dummy hash at start-up so the first unknown email is not slower than the rest.
void dummyHash().catch(() => {
  dummy.clear()
})
