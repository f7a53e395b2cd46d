// Access tokens: a verified token is remembered until its `exp` and no longer, and never across a
// change of AUTH_SECRET or APP_URL; anything else than a valid token of ours is null every time.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { signAccessToken, verifyAccessToken } from '@/lib/auth/access-token'
import { resetConfig } from '@/lib/config'

const claims = { userId: '0193a006-6622-7c52-b4b4-fbd81a25e2a6', role: 'staff', sessionVersion: 3, familyId: '0193a006-6622-7c52-b4b4-fbd81a25e2a7' } as const

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
  resetConfig()
})

describe('verifyAccessToken', () => {
  it('gives the same claims on every use of a valid token', async () => {
    const token = await signAccessToken(claims, 60)
    const first = await verifyAccessToken(token)
    expect(first).toMatchObject({ ...claims, expiresAt: expect.any(Number) })
    expect(await verifyAccessToken(token)).toEqual(first)
  })

  it('refuses a remembered token once it has expired', async () => {
    const token = await signAccessToken(claims, 60)
    expect(await verifyAccessToken(token)).not.toBeNull()
    vi.useFakeTimers({ now: Date.now() + 61_000 })
    expect(await verifyAccessToken(token)).toBeNull()
    expect(await verifyAccessToken(token)).toBeNull()
  })

  it('refuses a remembered token after AUTH_SECRET or APP_URL changes', async () => {
    const token = await signAccessToken(claims, 60)
    expect(await verifyAccessToken(token)).not.toBeNull()
    vi.stubEnv('AUTH_SECRET', 'another-secret-that-is-at-least-32-characters-long')
    resetConfig()
    expect(await verifyAccessToken(token)).toBeNull()
    vi.unstubAllEnvs()
    vi.stubEnv('APP_URL', 'https://elsewhere.example')
    resetConfig()
    expect(await verifyAccessToken(token)).toBeNull()
  })

  it('refuses a token whose signature was altered, every time', async () => {
    const token = await signAccessToken(claims, 60)
    expect(await verifyAccessToken(token)).not.toBeNull()
    const [header, payload, signature] = token.split('.')
    const forged = `${header}.${payload}.${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`
    expect(await verifyAccessToken(forged)).toBeNull()
    expect(await verifyAccessToken(forged)).toBeNull()
  })
})
