import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { createUser } from '../helpers/users'
import { startOidcProvider, useProviderAsGoogle, type TestOidcProvider } from '../helpers/oidc-provider'
import { withTempUploadDir } from '../helpers/uploads'

/*
 * Property-based fuzzing driven by the OpenAPI document: every documented operation gets generated
 * query strings, bodies (JSON, malformed JSON, multipart, wrong content types) and credentials.
 * Whatever arrives, the API answers a 4xx/2xx envelope whose status matches HTTP — never a 5xx.
 */
withTempUploadDir()

type Operation = { method: string; path: string; params: string[] }
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 40)

/** Answers that are not envelopes by design: the document itself and served media. */
const notEnvelope = (path: string) => path === '/api/openapi.json' || path.startsWith('/api/media/')

let operations: Operation[] = []
let tokens: string[] = []
// Google sign-in configured against a real local issuer, so its routes are fuzzed for real.
let provider: TestOidcProvider
let restoreGoogle: () => void

afterAll(async () => {
  restoreGoogle?.()
  await provider?.close()
})

beforeAll(async () => {
  provider = await startOidcProvider()
  restoreGoogle = useProviderAsGoogle(provider)
  const doc = (await (await api().request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>
  }
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      params: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  )
  tokens = await Promise.all([createUser(), createUser({ role: 'staff' }), createUser({ role: 'admin' })].map(async (u) => (await u).token))
})

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', ' ', '-1', '0', '1e309', 'null', '../../etc/passwd', '%00', '0190c8a4-0000-7000-8000-000000000000', 'a'.repeat(300)))
const jsonBody = fc.oneof(fc.json({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('email', 'password', 'name', 'role', 'id', 'status', 'reason', 'page', 'refresh_token', 'otp', 'purpose', 'company_id', 'title'), fc.jsonValue({ maxDepth: 2 })).map((value) => JSON.stringify(value)))

const request = (operation: Operation) =>
  fc.record({
    query: fc.dictionary(fc.oneof(fc.constantFrom(...(operation.params.length ? operation.params : ['x'])), fc.string({ maxLength: 10 })), text, { maxKeys: 4 }),
    body: fc.oneof(
      fc.constant(undefined),
      jsonBody.map((body) => ({ type: 'application/json', body })),
      fc.string({ maxLength: 60 }).map((body) => ({ type: 'application/json', body })),
      fc.dictionary(fc.constantFrom('name', 'email', 'image', 'title', 'date', 'start_time', 'company_id', 'x'), text).map((fields) => {
        const form = new FormData()
        for (const [key, value] of Object.entries(fields)) form.append(key, value)
        return { type: undefined, body: form }
      }),
      fc.string({ maxLength: 60 }).map((body) => ({ type: fc.sample(fc.constantFrom('text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded'), 1)[0], body })),
    ),
    auth: fc.integer({ min: -2, max: 2 }),
  })

describe('fuzzing every documented operation', () => {
  it('never answers 5xx, and always an envelope', async () => {
    let sent = 0
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(request(operation), async ({ query, body, auth }) => {
          const headers = new Headers()
          if (auth >= 0) headers.set('authorization', `Bearer ${tokens[auth]}`)
          if (auth === -2) headers.set('authorization', 'Bearer garbage.token.here')
          if (body?.type) headers.set('content-type', body.type)
          const path = operation.path.replace(/\{(\w+)\}/g, () => encodeURIComponent('0190c8a4-0000-7000-8000-000000000000'))
          const url = new URL(path, 'http://localhost:3000')
          for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
          const withBody = operation.method !== 'GET' && operation.method !== 'HEAD' && body !== undefined
          const response = await api().request(new Request(url, { method: operation.method, headers, body: withBody ? body.body : undefined }))
          sent++
          expect(response.status, `${operation.method} ${url.pathname}${url.search}`).toBeLessThan(500)
          if (notEnvelope(operation.path) && response.status < 400) return
          const envelope = (await response.json()) as { status: number; message: string }
          expect(envelope.status).toBe(response.status)
          expect(typeof envelope.message).toBe('string')
        }),
        { numRuns: RUNS_PER_OPERATION, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
      )
    }
    expect(sent).toBe(operations.length * RUNS_PER_OPERATION)
  }, 240_000)
})
