import { commonPasswords } from './common-passwords'

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

const common: ReadonlySet<string> = new Set(commonPasswords)
const SEQUENCES = [
  '0123456789012345678901234567890',
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnmqwertyuiop',
  'zxcvbnmasdfghjklqwertyuiopzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
]
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '5': 's', $: 's', '7': 't' }

const unleet = (value: string) => value.replace(/[@401!357$]/g, (char) => LEET[char]!)
/** Digits, punctuation and spaces around a word are the usual way to stretch a common password. */
const stripDecoration = (value: string) => value.replace(/^[\d\W_]+|[\d\W_]+$/gu, '')

function isSequence(value: string): boolean {
  return SEQUENCES.some((sequence) => sequence.includes(value) || [...sequence].reverse().join('').includes(value))
}

/** `abcabcabc`, `passwordpassword`: one short or common unit repeated. */
function isRepetition(value: string): boolean {
  for (let size = 1; size <= value.length / 2; size++) {
    if (value.length % size) continue
    const unit = value.slice(0, size)
    if (unit.repeat(value.length / size) === value && (size <= 4 || common.has(unit) || isSequence(unit))) return true
  }
  return false
}

/**
 * True for passwords an attacker tries first: a common password, or one with digits and symbols
 * around it (`Password123456!`), leetspeak of one (`P@ssw0rd2024!`), a keyboard or alphabet run,
 * a repetition, or barely any distinct characters. No composition rules (NIST SP 800-63B): a long
 * passphrase of ordinary words passes.
 */
export function isCommonPassword(password: string): boolean {
  const normalized = password.normalize('NFKC').toLowerCase()
  const base = stripDecoration(normalized)
  const candidates = [normalized, base, unleet(normalized), stripDecoration(unleet(normalized)), base.replace(/[\s_-]+/g, '')]
  if (candidates.some((candidate) => common.has(candidate))) return true
  if (new Set(normalized).size <= 3) return true
  return [normalized, base].some((candidate) => candidate.length > 0 && (isSequence(candidate) || isRepetition(candidate)))
}
