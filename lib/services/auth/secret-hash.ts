import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { derivedKey } from '@/lib/auth/keys'

/**
 * Secrets that are looked up (refresh tokens, reset tokens, one-time codes) are stored as an HMAC
 * keyed from AUTH_SECRET: a stolen database alone cannot check guesses against them.
 */
export function keyedHash(purpose: string, secret: string): string {
  return createHmac('sha256', derivedKey(`hash:${purpose}`))
    .update(secret)
    .digest('base64url')
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** An opaque random token: 256 bits, URL-safe. */
export const randomToken = () => randomBytes(32).toString('base64url')
