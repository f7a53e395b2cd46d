import { afterEach, describe, expect, it } from 'vitest'
import { resetConfig } from '@/lib/config'
import { resetRateLimits } from '@/lib/rate-limit/store'
import { call, setupAuthTests } from '../helpers/auth'

/*
 * Per-address limits fail closed: a request whose client address cannot be told (here: the API in
 * process, with no socket, as under `next start` without a trusted proxy) counts against one shared
 * bucket instead of escaping the limit.
 */
setupAuthTests()
const bogusReset = (headers: Record<string, string> = {}) =>
  call('POST', '/api/auth/reset-password', {
    json: { reset_token: 'not-a-real-token', password: 'a-new-password-1234', password_confirmation: 'a-new-password-1234' },
    headers,
  })

afterEach(() => {
  delete process.env.TRUST_PROXY
  resetConfig()
  resetRateLimits()
})

describe('a client whose address is unknown', () => {
  it('shares one bucket with every other unknown client, so the limit still holds', async () => {
    // reset-password-ip allows 20 per 15 minutes; forged X-Forwarded-For headers are not believed.
    for (let i = 0; i < 20; i++) expect((await bogusReset({ 'x-forwarded-for': `198.51.100.${i}` })).status).toBe(400)
    const refused = await bogusReset({ 'x-forwarded-for': '198.51.100.250' })
    expect(refused.status).toBe(429)
    expect(refused.body).toMatchObject({ status: 429, message: 'Too many requests, please retry later', data: null })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('is not the shared bucket once a trusted proxy names it', async () => {
    for (let i = 0; i < 20; i++) await bogusReset()
    expect((await bogusReset()).status).toBe(429)
    process.env.TRUST_PROXY = '1'
    resetConfig()
    expect((await bogusReset({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(400)
  })
})
