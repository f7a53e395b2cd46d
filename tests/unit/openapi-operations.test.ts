import { describe, expect, it } from 'vitest'
import { createApi } from '@/lib/api/app'

interface Operation {
  operationId?: string
  security?: Array<Record<string, string[]>>
  requestBody?: unknown
  responses: Record<string, { headers?: Record<string, unknown> }>
}
interface Document {
  info: { license?: { name: string; identifier?: string; url?: string }; contact?: { name?: string; url?: string; email?: string } }
  servers?: Array<{ url: string }>
  paths: Record<string, Record<string, Operation>>
}

// The routes anyone may call: everything else needs a bearer token (or the dashboard's cookie).
const PUBLIC = [
  'GET /api/health',
  'POST /api/auth/register',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  'POST /api/auth/send-otp',
  'POST /api/auth/resend-otp',
  'POST /api/auth/verify-otp',
  'POST /api/auth/reset-password',
  'GET /api/auth/verify-email',
  'GET /api/media/{id}',
  'GET /api/auth/google_login_page_redirect',
  'GET /api/auth/google-oauth',
  'GET /api/auth/google-oauth-login-authenticate',
  'POST /api/auth/mfa/verify',
  'POST /api/auth/passkey/options',
  'POST /api/auth/passkey/verify',
  'POST /api/auth/mfa/passkey-options',
]

describe('the OpenAPI document, for code generators', async () => {
  const doc = (await (await createApi().request('/api/openapi.json')).json()) as Document
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, ...operation })),
  )

  it('names every operation with a unique camelCase operationId', () => {
    expect(operations.length).toBeGreaterThan(30)
    for (const operation of operations) expect(operation.operationId, operation.key).toMatch(/^[a-z][a-zA-Z]+$/)
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(operations.length)
    expect(operations.find((operation) => operation.key === 'POST /api/tradebooth/create-tradebooth')?.operationId).toBe('createTradebooth')
    expect(operations.find((operation) => operation.key === 'GET /api/company/get-single-details-company')?.operationId).toBe('getSingleDetailsCompany')
  })

  it('declares security on every operation: none on the public ones, the bearer scheme on the rest', () => {
    const open = operations.filter((operation) => operation.security?.length === 0).map((operation) => operation.key)
    expect(open.sort()).toEqual([...PUBLIC].sort())
    for (const operation of operations.filter((candidate) => !PUBLIC.includes(candidate.key)))
      expect(operation.security, operation.key).toEqual([{ bearerAuth: [] }])
  })

  it('says where it is served (APP_URL), who answers for it and under what terms', () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'http://localhost:3000' })])
    expect(doc.info.license).toMatchObject({ name: expect.any(String), identifier: expect.any(String) })
    expect(doc.info.contact).toMatchObject({ url: 'http://localhost:3000/api-docs', email: expect.stringMatching(/@/) })
  })

  it('documents the answers every route can give, with their headers', () => {
    for (const operation of operations) {
      expect(Object.keys(operation.responses), operation.key).toContain('405')
      if (operation.requestBody) expect(Object.keys(operation.responses), operation.key).toEqual(expect.arrayContaining(['413', '415']))
      if (operation.responses['401']) expect(Object.keys(operation.responses['401'].headers ?? {}), operation.key).toContain('WWW-Authenticate')
      for (const status of ['429', '503'])
        if (operation.responses[status]) expect(Object.keys(operation.responses[status].headers ?? {}), `${operation.key} ${status}`).toContain('Retry-After')
    }
  })
})
