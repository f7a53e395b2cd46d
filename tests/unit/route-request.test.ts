import { describe, expect, it } from 'vitest'
import { routeRequest } from '@/lib/server/route-request'

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
    expect(routeRequest(url).api).toBe(expected)
  })

  it.each([
    ['/x/../api/auth/login', '/api/auth/login'],
    ['/%2e%2e/api/auth/login', '/api/auth/login'],
    ['/.%2E/api/auth/login', '/api/auth/login'],
    ['/api/./auth/login', '/api/auth/login'],
    ['/api/auth/login/.', '/api/auth/login'],
    ['//api//auth///login', '/api/auth/login'],
    ['/api/health/', '/api/health'],
    ['/api/health/?full=1', '/api/health?full=1'],
    ['/api/session/../auth/login', '/api/auth/login'],
    ['http://evil.example/api/auth/login?a=b', '/api/auth/login?a=b'],
  ])('sends the spelling %s to the API as %s', (url, canonical) => {
    expect(routeRequest(url)).toEqual({ api: true, url: canonical })
  })

  it.each([['/api/../users'], ['/api/%2e%2e/sign-in'], ['/api/session/../session/csrf'], ['//api/session/csrf']])(
    'leaves %s, which resolves outside the API, to Next untouched',
    (url) => {
      expect(routeRequest(url)).toEqual({ api: false, url })
    },
  )
})
