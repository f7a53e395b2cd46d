import { afterAll, beforeAll, beforeEach, expect } from 'vitest'
import { api } from '@/lib/api/app'
import { resetConfig } from '@/lib/config'
import { closeMailTransport } from '@/lib/mail/transport'
import { resetRateLimits } from '@/lib/rate-limit/store'
import { send, type Answer } from './http'
import { codeFrom, startSmtpServer, type TestSmtp } from './smtp'

/** Names that must never appear in a response body. */
const SECRET_KEYS = /password_?hash|token_?hash|code_?hash|"passwordHash"|"otp_failures"|failed_login/i

/**
 * For auth test files: a real SMTP server the app mails to, and rate-limit counters forgotten
 * before each test (as if every cooldown had passed), so tests never sleep.
 */
export function setupAuthTests(): { smtp: () => TestSmtp } {
  let smtp: TestSmtp | undefined
  beforeAll(async () => {
    smtp = await startSmtpServer()
    process.env.SMTP_URL = smtp.url
    resetConfig()
  })
  afterAll(async () => {
    closeMailTransport()
    delete process.env.SMTP_URL
    resetConfig()
    await smtp?.close()
  })
  beforeEach(() => resetRateLimits())
  return { smtp: () => smtp! }
}

/** `send` to the API, checking that no response ever carries a secret column. */
export async function call<T = unknown>(method: string, path: string, options: { json?: unknown; headers?: Record<string, string> } = {}): Promise<Answer<T>> {
  const answer = await send<T>(api(), method, path, options)
  expect(JSON.stringify(answer.body)).not.toMatch(SECRET_KEYS)
  return answer
}

let counter = 0
/** A fresh address per call: tests in one file share a database. */
export const uniqueEmail = (prefix = 'person') => `${prefix}-${++counter}-${Date.now()}@example.com`
export const PASSWORD = 'violet-harbour-engine-42'

/** Registers through the API and verifies the email with the mailed code; returns the address. */
export async function registerVerified(smtp: TestSmtp, email = uniqueEmail(), password = PASSWORD): Promise<string> {
  const registered = await call('POST', '/api/auth/register', { json: { name: 'Ada Lovelace', email, password, password_confirmation: password } })
  expect(registered.status).toBe(201)
  const code = codeFrom(await smtp.waitForMail(email))
  const verified = await call('POST', '/api/auth/verify-otp', { json: { email, otp: code, purpose: 'verify_email' } })
  expect(verified.status).toBe(200)
  resetRateLimits()
  return email
}

export interface LoginData {
  user: { id: string; email: string }
  access_token: string
  refresh_token: string
  token_type: string
  expires_in: number
}

export async function login(email: string, password = PASSWORD): Promise<LoginData> {
  const answer = await call<LoginData>('POST', '/api/auth/login', { json: { email, password } })
  expect(answer.status).toBe(200)
  return answer.body.data
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** An envelope without its per-request id, for comparing two answers. */
export const withoutRequestId = (body: object) => Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'request_id'))
