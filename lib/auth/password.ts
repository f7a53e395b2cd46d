import argon2 from 'argon2'

/*
 * argon2id with OWASP's parameters (19 MiB, 2 iterations). The native implementation hashes on
 * libuv's thread pool, so a sign-in never blocks the event loop.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS)

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password)
  } catch {
    return false
  }
}
