import { describe, expect, it } from 'vitest'
import { forwardedClient } from '@/lib/http/forwarded-client'
import { isCommonPassword } from '@/lib/schemas/password-policy'
import { passwordSchema } from '@/lib/schemas/auth'
import { MAX_LOCK_SECONDS, lockSeconds } from '@/lib/services/auth/login-lockout'

describe('password policy', () => {
  it.each([
    'password123456',
    'Password123456!',
    'P@ssw0rd2024!!',
    'qwertyuiop123',
    'aaaaaaaaaaaa',
    '123456789012',
    'abcabcabcabc',
    'passwordpassword',
    'iloveyou!!2025',
    'correcthorsebatterystaple',
    'zxcvbnmasdfgh',
  ])('refuses %s', (password) => expect(isCommonPassword(password)).toBe(true))
  it.each(['violet-harbour-engine-42', 'my cat eats rhubarb on sundays', 'Tr0ub4dor&3-horse-lamp'])('accepts %s', (password) =>
    expect(isCommonPassword(password)).toBe(false),
  )
  it('bounds the length at 12..128 without truncating', () => {
    expect(passwordSchema.safeParse('short-pw-1').success).toBe(false)
    expect(passwordSchema.safeParse('violet-harbour-engine-42'.padEnd(128, 'x')).success).toBe(true)
    expect(passwordSchema.safeParse('violet-harbour-engine-42'.padEnd(129, 'x')).success).toBe(false)
  })
})

describe('login lockout schedule', () => {
  it('grows from 30 s after 4 free failures, capped at 15 min', () => {
    expect([1, 4, 5, 6, 7, 9, 10, 50, 100].map(lockSeconds)).toEqual([0, 0, 30, 60, 120, 480, 900, 900, MAX_LOCK_SECONDS])
  })
})

describe('X-Forwarded-For', () => {
  it('believes only the hops our proxies appended', () => {
    expect(forwardedClient('1.1.1.1, 2.2.2.2, 3.3.3.3', 1)).toBe('3.3.3.3')
    expect(forwardedClient('1.1.1.1, 2.2.2.2, 3.3.3.3', 2)).toBe('2.2.2.2')
    expect(forwardedClient('3.3.3.3', 2)).toBe('3.3.3.3')
    expect(forwardedClient('1.1.1.1', 0)).toBeNull()
    expect(forwardedClient(undefined, 1)).toBeNull()
  })
})
