import { describe, expect, it } from 'vitest'
import { isCrossSiteWrite, isSameOriginRead } from '@/lib/http/cross-site'
import { pageContentSecurityPolicy } from '@/lib/http/security-headers.js'

const ORIGIN = 'https://dashboard.vicross.example'

describe('isCrossSiteWrite: which state changes a session cookie must not carry', () => {
  it.each([
    [{ fetchSite: 'cross-site' }],
    [{ fetchSite: 'cross-site', origin: null }],
    [{ fetchSite: 'same-site' }],
    [{ fetchSite: 'same-site', origin: 'https://other.vicross.example' }],
    [{ origin: 'https://evil.example' }],
    [{ origin: 'null' }],
    [{ origin: 'http://dashboard.vicross.example' }],
    [{ origin: 'https://dashboard.vicross.example:8443' }],
    [{ origin: 'https://evil.example', fetchSite: 'same-origin' }],
  ])('refuses %j', (headers) => expect(isCrossSiteWrite(headers, ORIGIN)).toBe(true))

  it.each([[{}], [{ fetchSite: 'same-origin', origin: ORIGIN }], [{ origin: ORIGIN }], [{ fetchSite: 'none' }], [{ fetchSite: 'same-origin', origin: null }]])(
    'accepts %j',
    (headers) => expect(isCrossSiteWrite(headers, ORIGIN)).toBe(false),
  )
})

describe('isSameOriginRead: a state change kept on GET', () => {
  it('passes only our own pages and the user’s own navigation; a missing header fails closed', () => {
    expect(isSameOriginRead('same-origin')).toBe(true)
    expect(isSameOriginRead('none')).toBe(true)
    for (const value of ['cross-site', 'same-site', '', null, undefined]) expect(isSameOriginRead(value)).toBe(false)
  })
})

describe('pageContentSecurityPolicy', () => {
  it('allows scripts by nonce only, no plugins, no <base>, no framing', () => {
    const policy = pageContentSecurityPolicy('bm9uY2Utdmk=')
    const directives = Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]))
    expect(directives).toEqual({
      'script-src': ["'self'", "'nonce-bm9uY2Utdmk='", "'strict-dynamic'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
    })
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
  })

  it("adds 'unsafe-eval' in development only", () => {
    expect(pageContentSecurityPolicy('abc', { development: true })).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval';")
  })
})
