import { describe, expect, it } from 'vitest'
import { ConfigError, parseEnv } from '@/lib/config/env'

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      PGLITE_DIR: '.data/pglite',
      APP_URL: 'http://localhost:3000',
      GOOGLE_ISSUER: 'https://accounts.google.com',
      UPLOAD_DIR: '.data/uploads',
      MAX_UPLOAD_MB: 10,
    })
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.REDIS_URL).toBeUndefined()
  })

  it('treats an empty variable as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' })).toMatchObject({ DATABASE_URL: undefined, PORT: 3000 })
  })

  it('requires AUTH_SECRET in production, and only there', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/^Invalid configuration: AUTH_SECRET is required when NODE_ENV=production/)
    expect(() => parseEnv({ NODE_ENV: 'production', AUTH_SECRET: '' })).toThrow(/^Invalid configuration: AUTH_SECRET is required when NODE_ENV=production/)
    expect(parseEnv({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) }).AUTH_SECRET).toBe('x'.repeat(32))
    expect(parseEnv({ NODE_ENV: 'development' }).AUTH_SECRET).toBeUndefined()
  })

  it('accepts well-formed values', () => {
    const env = parseEnv({ DATABASE_URL: 'postgresql://u@db:5432/x', PORT: '8080', REDIS_URL: 'redis://127.0.0.1:6379', MAX_UPLOAD_MB: '25' })
    expect(env).toMatchObject({ DATABASE_URL: 'postgresql://u@db:5432/x', PORT: 8080, REDIS_URL: 'redis://127.0.0.1:6379', MAX_UPLOAD_MB: 25 })
  })

  it('reads CORS_ORIGINS as a list of exact origins (unset: none)', () => {
    expect(parseEnv({}).CORS_ORIGINS).toEqual([])
    expect(parseEnv({ CORS_ORIGINS: ' https://app.example.com, http://localhost:5173 ,,https://app.example.com' }).CORS_ORIGINS).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ])
  })

  it.each([
    ['https://app.example.com/', /lists "https:\/\/app\.example\.com\/", not an origin .*\(did you mean https:\/\/app\.example\.com\?\)$/],
    ['https://App.example.com', /did you mean https:\/\/app\.example\.com\?/],
    ['https://app.example.com:443', /did you mean https:\/\/app\.example\.com\?/],
    ['https://app.example.com/path', /did you mean/],
    ['*', /lists "\*", not an origin/],
    ['null', /lists "null", not an origin/],
    ['ftp://files.example.com', /lists "ftp:\/\/files\.example\.com", not an origin/],
  ])('stops on a CORS_ORIGINS entry that is not an origin (%s), in one line naming it', (value, message) => {
    const attempt = () => parseEnv({ CORS_ORIGINS: `http://localhost:5173,${value}` })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(/^Invalid configuration: CORS_ORIGINS lists /)
    expect(attempt).toThrow(message)
  })

  it.each([
    ['PORT', 'eighty', /^Invalid configuration: PORT /],
    ['PORT', '70000', /^Invalid configuration: PORT /],
    ['DATABASE_URL', 'mysql://root@localhost/x', /^Invalid configuration: DATABASE_URL must be a postgres:\/\//],
    ['APP_URL', 'localhost:3000', /^Invalid configuration: APP_URL must be an http/],
    ['AUTH_SECRET', 'short', /^Invalid configuration: AUTH_SECRET must be at least 32 characters/],
    ['SMTP_URL', 'http://mail', /^Invalid configuration: SMTP_URL must be an smtp/],
    ['MAX_UPLOAD_MB', '-1', /^Invalid configuration: MAX_UPLOAD_MB /],
    ['ADMIN_EMAIL', 'not-an-email', /^Invalid configuration: ADMIN_EMAIL /],
  ])('rejects a malformed %s with one line naming it', (name, value, message) => {
    const attempt = () => parseEnv({ [name]: value })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })
})
