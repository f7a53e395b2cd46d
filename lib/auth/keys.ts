import { hkdfSync } from 'node:crypto'
import { authSecret } from '@/lib/config'

/** A key of its own per use, derived from AUTH_SECRET, so that one kind of token can never pass for another. */
export function derivedKey(purpose: string, bytes = 32): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', authSecret(), 'vicross', purpose, bytes))
}
