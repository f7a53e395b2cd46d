import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { resetRateLimits } from '@/lib/rate-limit/store'
import { insertBooth } from '../helpers/booths'
import { installChangeTracking, takeChanges, unexpectedChanges } from '../helpers/change-tracking'
import { insertCompany } from '../helpers/companies'
import { startOidcProvider, useProviderAsGoogle, type TestOidcProvider } from '../helpers/oidc-provider'
import { withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

/*
 * Property-based fuzzing driven by the OpenAPI document: every documented operation gets generated
 * query strings, bodies (JSON, malformed JSON, multipart, wrong content types) and credentials
 * (none, garbage, user, staff, admin), with ids of real records among the values. Whatever
 * arrives, the API answers a 2xx/4xx envelope whose status matches HTTP — never a 5xx, never a
 * stack trace or SQL — and a refused (4xx) request changes no data (row triggers record every
 * change; only the documented security counters may move on a refusal).
 *
 * Strings are mixed with bytes PostgreSQL refuses or mangles — NUL (U+0000) and lone UTF-16 surrogates —
 * in queries, JSON and multipart fields: they must be refused with a 4xx, never reach the database as a 500.
 *
 * In process (app.request), ≥ 5,000 requests per database. Reproducible: FUZZ_SEED (default fixed),
 * FUZZ_MIN_REQUESTS / FUZZ_RUNS to go deeper; a failure prints the seed and the counterexample.
 */
withTempUploadDir()

type Operation = { method: string; path: string; params: string[] }
const SEED = Number(process.env.FUZZ_SEED ?? 20261125)
const MIN_REQUESTS = Number(process.env.FUZZ_MIN_REQUESTS ?? 5_000)

/** Answers that are not envelopes by design: the document itself and served media. */
const notEnvelope = (path: string) => path === '/api/openapi.json' || path.startsWith('/api/media/')
/** What must never reach a client: stack frames, source positions, SQL, Prisma's messages. */
const LEAK = /\bat [\w.<>$]+ \(|\.[cm]?[jt]sx?:\d+:\d+|\bSELECT\b[^"]*\bFROM\b|\bINSERT INTO\b|\bUPDATE "|Invalid `prisma|PrismaClient|node_modules/

let operations: Operation[] = []
// Ids of real records (another user's company, booth and room), so that guards meet real objects.
let realIds: string[] = ['0190c8a4-0000-7000-8000-000000000000']
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
  const owner = await createUser()
  const company = await insertCompany(owner.user.id)
  const { booth } = await insertBooth(company.id, { status: 'accepted', ownerId: owner.user.id })
  const room = await db().room.create({ data: { name: 'Fuzz lounge' }, select: { id: true } })
  realIds = [owner.user.id, company.id, booth.id, room.id]
  await installChangeTracking()
  await createUser()
  expect(await takeChanges(), 'the change triggers record writes').toContainEqual(expect.objectContaining({ tbl: 'users', op: 'INSERT' }))
})

/** A NUL, or a lone high or low surrogate (survives JSON as `\ud800`; URL and multipart encoding make it U+FFFD). */
const unstorableChar = fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF')
/** A string, one time in five with a NUL or a lone surrogate somewhere in it (at most maxLength code units). */
const anyString = ({ minLength = 0, maxLength }: { minLength?: number; maxLength: number }) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: Math.floor((maxLength - 1) / 2) }), unstorableChar, fc.string({ maxLength: Math.floor((maxLength - 1) / 2) }))
        .map(([before, bad, after]) => `${before}${bad}${after}`),
    },
  )

const text = () =>
  fc.oneof(
    anyString({ maxLength: 40 }),
    fc.constantFrom(...realIds),
    fc.constantFrom(
      '',
      ' ',
      '-1',
      '0',
      '1e309',
      'null',
      '../../etc/passwd',
      '%00',
      '0190c8a4-0000-7000-8000-000000000000',
      'a'.repeat(300),
      'Ada\u0000Lovelace',
      '\uD800',
      'Zoë 山田 🚀',
      'accepted',
      'rejected',
      'admin',
      '2026-11-24',
    ),
  )
const jsonBody = () =>
  fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc
      .dictionary(
        fc.constantFrom(
          'email',
          'password',
          'name',
          'role',
          'id',
          'user_id',
          'room',
          'status',
          'reason',
          'page',
          'refresh_token',
          'otp',
          'purpose',
          'company_id',
          'title',
          'is_active',
          'owner_id',
        ),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), text()),
      )
      .map((value) => JSON.stringify(value)),
  )

const request = (operation: Operation) =>
  fc.record({
    query: fc.dictionary(fc.oneof(fc.constantFrom(...(operation.params.length ? operation.params : ['x'])), fc.string({ maxLength: 10 })), text(), {
      maxKeys: 4,
    }),
    body: fc.oneof(
      fc.constant(undefined),
      jsonBody().map((body) => ({ type: 'application/json', body })),
      anyString({ maxLength: 60 }).map((body) => ({ type: 'application/json', body })),
      fc
        .dictionary(
          fc.constantFrom('name', 'email', 'image', 'title', 'date', 'start_time', 'end_time', 'company_id', 'location', 'size', 'owner_id', 'status', 'x'),
          text(),
        )
        .map((fields) => {
          const form = new FormData()
          for (const [key, value] of Object.entries(fields)) form.append(key, value)
          return { type: undefined, body: form }
        }),
      // Mostly valid forms (schemas are strict: a company's fields, or a booth's on the real company),
      // so that the guards, owners and uniqueness checks behind validation are reached.
      fc
        .oneof(
          fc.record(
            { name: anyString({ minLength: 1, maxLength: 30 }), location: fc.constantFrom('Hall A', 'Lyon', ''), size: fc.constantFrom('11-50', '') },
            { requiredKeys: ['name'] },
          ),
          fc.record(
            {
              company_id: fc.constantFrom(...realIds),
              title: anyString({ minLength: 1, maxLength: 30 }),
              date: fc.constant('2026-11-24'),
              start_time: fc.constant('09:30'),
              end_time: fc.constant('11:00'),
              location: anyString({ maxLength: 12 }),
            },
            { requiredKeys: ['company_id', 'title', 'date'] },
          ),
        )
        .map((fields) => {
          const form = new FormData()
          for (const [key, value] of Object.entries(fields)) form.append(key, value)
          return { type: undefined, body: form }
        }),
      fc
        .tuple(fc.constantFrom('text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded'), fc.string({ maxLength: 60 }))
        .map(([type, body]) => ({ type, body })),
    ),
    auth: fc.integer({ min: -2, max: 2 }),
  })

describe('fuzzing every documented operation', () => {
  it('never answers 5xx, always an envelope without internals, and a refusal changes nothing', async () => {
    const runs = Number(process.env.FUZZ_RUNS ?? Math.ceil(MIN_REQUESTS / operations.length))
    let sent = 0
    const statuses = new Map<number, number>()
    const started = performance.now()
    for (const operation of operations) {
      // Fresh callers per operation: a fuzzed delete-user or assign-role must not starve the rest.
      const tokens = await Promise.all([createUser(), createUser({ role: 'staff' }), createUser({ role: 'admin' })].map(async (u) => (await u).token))
      resetRateLimits()
      await takeChanges()
      await fc.assert(
        fc.asyncProperty(request(operation), async ({ query, body, auth }) => {
          const headers = new Headers()
          if (auth >= 0) headers.set('authorization', `Bearer ${tokens[auth]}`)
          if (auth === -2) headers.set('authorization', 'Bearer garbage.token.here')
          if (body?.type) headers.set('content-type', body.type)
          const path = operation.path.replace(/\{(\w+)\}/g, () => encodeURIComponent(realIds[0]!))
          const url = new URL(path, 'http://localhost:3000')
          for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
          const withBody = operation.method !== 'GET' && operation.method !== 'HEAD' && body !== undefined
          const response = await api().request(new Request(url, { method: operation.method, headers, body: withBody ? body.body : undefined }))
          const label = `${operation.method} ${url.pathname}${url.search} (auth ${auth})`
          sent++
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          const changes = await takeChanges()
          expect(response.status, label).toBeLessThan(500)
          if (notEnvelope(operation.path) && response.status < 400) return
          const raw = await response.text()
          expect(raw, label).not.toMatch(LEAK)
          const envelope = JSON.parse(raw) as { status: number; message: string }
          expect(envelope.status, label).toBe(response.status)
          expect(typeof envelope.message, label).toBe('string')
          if (response.status >= 400) expect(unexpectedChanges(changes), `${label} answered ${response.status} but changed data`).toEqual([])
        }),
        { numRuns: runs, seed: SEED },
      )
    }
    const seconds = (performance.now() - started) / 1000
    console.info(
      `  fuzz (${process.env.TEST_DATABASE}): ${sent} requests over ${operations.length} operations in ${seconds.toFixed(1)} s, seed ${SEED}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    )
    expect(sent).toBe(operations.length * runs)
    if (!process.env.FUZZ_RUNS) expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS)
  }, 300_000)
})
