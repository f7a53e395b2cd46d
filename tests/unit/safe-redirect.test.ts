import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from '@/lib/auth/safe-redirect'

const APP_URL = 'https://dashboard.vicross.example'

describe('safeRedirectPath: every redirect target stays on APP_URL', () => {
  // What the browser would make of each one: another host, a script, or a path a Location header turns into a host.
  it.each([
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    '//evil.example',
    '//evil.example/users',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    'https://evil.example',
    'https://evil.example/users',
    'http://dashboard.vicross.example/users', // our host, but another scheme: another origin
    'https://dashboard.vicross.example:8443/users', // another port
    'https://dashboard.vicross.example.evil.example/',
    'https://dashboard.vicross.example@evil.example/',
    'HTTPS://EVIL.EXAMPLE',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'evil.example:80/users',
    '/.//evil.example',
    '/./\t/evil.example',
    '/%2e//evil.example',
    '/users\u0000',
    '/users\u007f',
  ])('%j → /', (target) => expect(safeRedirectPath(target, APP_URL)).toBe('/'))

  it.each([
    ['/', '/'],
    ['/users', '/users'],
    ['/users?role=staff&page=2', '/users?role=staff&page=2'],
    ['/booths/123/edit#files', '/booths/123/edit#files'],
    ['https://dashboard.vicross.example/review', '/review'], // NextAuth hands over absolute URLs
    ['/a/../users', '/users'],
    ['users', '/users'],
    ['/%09/evil.example', '/%09/evil.example'], // still encoded: a path on our host, not a tab
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('%j → %j', (target, path) => expect(safeRedirectPath(target, APP_URL)).toBe(path))

  it('answers / for nothing, a huge value, or an unusable base', () => {
    expect(safeRedirectPath(undefined, APP_URL)).toBe('/')
    expect(safeRedirectPath(null, APP_URL)).toBe('/')
    expect(safeRedirectPath('', APP_URL)).toBe('/')
    expect(safeRedirectPath(`/${'a'.repeat(5000)}`, APP_URL)).toBe('/')
    expect(safeRedirectPath('/users', 'not a url')).toBe('/')
  })

  it('compares origins, so APP_URL with a path or a trailing slash works alike', () => {
    expect(safeRedirectPath('/users', 'http://127.0.0.1:3100/')).toBe('/users')
    expect(safeRedirectPath('http://127.0.0.1:3100/users', 'http://127.0.0.1:3100/base')).toBe('/users')
    expect(safeRedirectPath('http://127.0.0.1:3101/users', 'http://127.0.0.1:3100')).toBe('/')
  })
})
