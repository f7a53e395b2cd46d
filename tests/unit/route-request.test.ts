import { describe, expect, it } from 'vitest'
import { isApiRequest } from '@/lib/server/route-request'

describe('server.ts routing', () => {
  it.each([
    ['/api', true],
    ['/api/health', true],
    ['/api/auth/login?x=1', true],
    ['/api/sessions', true],
    ['/api/session', false],
    ['/api/session/csrf', false],
    ['/api/session/callback/credentials?x=/api', false],
    ['/apiary', false],
    ['/', false],
    ['/users?next=/api/health', false],
    [undefined, false],
  ])('%s → API: %s', (url, expected) => {
    expect(isApiRequest(url)).toBe(expected)
  })
})
