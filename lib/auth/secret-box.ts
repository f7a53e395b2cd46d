import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { derivedKey } from './keys'

/*
 * Secrets we must read back (an authenticator's TOTP key) are sealed with AES-256-GCM under a key
 * derived from AUTH_SECRET for that purpose: a copy of the database alone yields nothing usable.
 * Format: base64url(iv ‖ tag ‖ ciphertext).
 */
const IV_BYTES = 12
const TAG_BYTES = 16

export function seal(purpose: string, plaintext: string): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', derivedKey(`seal:${purpose}`), iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** The sealed text, or null when it was sealed under another key or altered. */
export function unseal(purpose: string, sealed: string): string | null {
  const raw = Buffer.from(sealed, 'base64url')
  if (raw.length <= IV_BYTES + TAG_BYTES) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', derivedKey(`seal:${purpose}`), raw.subarray(0, IV_BYTES))
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
