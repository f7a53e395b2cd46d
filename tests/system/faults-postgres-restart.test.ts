import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPostgresCluster, postgresBinDir, type PostgresCluster } from '../helpers/postgres-cluster'
import { startServerProcess, type ServerProcess } from '../helpers/server-process'
import { createMigratedDatabase, seedUsers, type SeededUser } from '../helpers/system-database'

/*
 * PostgreSQL killed under create load: server.ts keeps
 * running on its own throwaway cluster while the cluster crashes (`pg_ctl stop -m immediate`) or
 * shuts down (`-m fast`), stays down ~2.5 s and comes back on the same port. No acknowledged write may be lost, no request may
 * hang, every refusal is a 503 envelope, and the server recovers without a restart.
 */
const available = !!postgresBinDir()
if (!available && !process.env.CI) console.warn('\n  NOTICE: PostgreSQL server binaries (initdb) not found; the PostgreSQL restart test is skipped.\n')

const LOOPS = 6
const USERS = 30 // creates are limited to 60 per minute per user: spread the load so none is refused with 429
const DOWN_MS = 2_500
const PROMPT_MS = 7_000 // the pool's connect timeout is 5 s: an answer must come well before a client gives up
const LEAK = /\bat .+:\d+:\d+|\bselect\b|\binsert\b|\bfrom "|prisma|ECONNREFUSED|terminat/i

interface Outcome {
  status: number
  started: number
  ended: number
  body: { status?: number; message?: unknown; data?: { id?: string } | null; stack?: unknown }
  text: string
  retryAfter: string | null
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

let cluster: PostgresCluster | undefined
let server: ServerProcess | undefined
let databaseUrl = ''
let users: SeededUser[] = []

beforeAll(async () => {
  if (!available && process.env.CI) throw new Error('CI needs the PostgreSQL server binaries (initdb, pg_ctl) for the restart test; set PG_BIN_DIR')
  if (!available) return
  cluster = await createPostgresCluster()
  databaseUrl = (await createMigratedDatabase(cluster.url())).url
  users = await seedUsers(databaseUrl, USERS)
  server = await startServerProcess({
    args: ['--api-only'],
    env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_MS: '3000' },
  })
  // Warm up (tsx compiles each route's modules on first use), so the load starts at full speed.
  for (const user of users.slice(0, 3)) expect((await createCompany(user)).status).toBe(201)
})

afterAll(async () => {
  await server?.stop('SIGTERM')
  // FAULTS_LOG_DIR=/tmp keeps what the server logged, for a failure's post-mortem.
  if (process.env.FAULTS_LOG_DIR) writeFileSync(join(process.env.FAULTS_LOG_DIR, 'faults-postgres-restart.log'), server?.output() ?? '')
  await cluster?.remove()
})

async function send(path: string, init: RequestInit = {}): Promise<Outcome> {
  const started = Date.now()
  try {
    const response = await fetch(`${server!.url}${path}`, { ...init, signal: AbortSignal.timeout(20_000) })
    const text = await response.text()
    let body: Outcome['body'] = {}
    try {
      body = JSON.parse(text) as Outcome['body']
    } catch {
      // not JSON: the assertions below report it
    }
    return { status: response.status, started, ended: Date.now(), body, text, retryAfter: response.headers.get('retry-after') }
  } catch (error) {
    return { status: 0, started, ended: Date.now(), body: {}, text: String(error), retryAfter: null }
  }
}

let counter = 0
function createCompany(user: SeededUser): Promise<Outcome> {
  const form = new FormData()
  form.set('name', `Restart Co ${++counter}`)
  form.set('location', 'Lyon')
  form.set('size', '11-50')
  return send('/api/company/create-company', { method: 'POST', headers: { authorization: user.authorization }, body: form })
}

const describeIf = available || process.env.CI ? describe : describe.skip

describeIf('PostgreSQL restart under create load', () => {
  // `immediate` is a crash (recovery on start); `fast` terminates the sessions (57P01) and checkpoints.
  it.each(['immediate', 'fast'] as const)(
    'pg_ctl stop -m %s: no acknowledged write lost, 503 promptly while down, recovery without a restart',
    async (mode) => {
      const creates: Outcome[] = []
      const health: Outcome[] = []
      let loading = true
      let turn = 0
      const loops = Array.from({ length: LOOPS }, async () => {
        while (loading) {
          const outcome = await createCompany(users[turn++ % users.length]!)
          creates.push(outcome)
          await sleep(outcome.status === 201 ? 40 : 100)
        }
      })
      const probes = (async () => {
        while (loading) {
          health.push(await send('/api/health'))
          await sleep(200)
        }
      })()

      await sleep(2_000)
      const stopAt = Date.now()
      await cluster!.stop(mode)
      const downFrom = Date.now()
      await sleep(DOWN_MS)
      const downUntil = Date.now()
      await cluster!.start()

      // Back without restarting the server: the readiness check turns 200 again.
      let recoveredAt = 0
      for (const deadline = Date.now() + 20_000; Date.now() < deadline && !recoveredAt; await sleep(100)) {
        if ((await send('/api/health')).status === 200) recoveredAt = Date.now()
      }
      expect(recoveredAt, 'GET /api/health never answered 200 again after PostgreSQL came back').toBeGreaterThan(0)
      await sleep(2_000)
      loading = false
      await Promise.all([...loops, probes])

      const after = await createCompany(users[0]!)
      expect(after.status, after.text).toBe(201)
      creates.push(after)

      // Every answer is a 201 or a 503 envelope, and none took long (no hang on a dead connection).
      for (const outcome of creates) {
        const label = `POST create-company at +${outcome.started - downFrom} ms → ${outcome.status} in ${outcome.ended - outcome.started} ms: ${outcome.text.slice(0, 200)}`
        expect([201, 503], label).toContain(outcome.status)
        expect(outcome.ended - outcome.started, label).toBeLessThan(PROMPT_MS)
        expect(outcome.body.status, label).toBe(outcome.status)
        expect(typeof outcome.body.message, label).toBe('string')
        if (outcome.status === 503) {
          expect(outcome.retryAfter, label).toBeTruthy()
          expect(outcome.body.stack, label).toBeUndefined()
          expect(outcome.text, label).not.toMatch(LEAK)
        }
      }
      const before = creates.filter((o) => o.ended < stopAt)
      const whileDown = creates.filter((o) => o.started >= downFrom && o.ended <= downUntil)
      const afterRecovery = creates.filter((o) => o.started >= recoveredAt)
      expect(before.filter((o) => o.status === 201).length, 'creates succeeded before the restart').toBeGreaterThan(5)
      expect(whileDown.length, 'requests were sent while the database was down').toBeGreaterThan(5)
      expect(
        whileDown.filter((o) => o.status !== 503).map((o) => `${o.status} ${o.text.slice(0, 120)}`),
        'every create sent while the database was down answered 503',
      ).toEqual([])
      expect(afterRecovery.length).toBeGreaterThan(5)
      expect(
        afterRecovery.filter((o) => o.status !== 201).map((o) => `${o.status} ${o.text.slice(0, 120)}`),
        'every create after recovery succeeds',
      ).toEqual([])

      // Readiness: 503 (promptly) while down, 200 before and after.
      const healthDown = health.filter((o) => o.started >= downFrom && o.ended <= downUntil)
      expect(healthDown.length).toBeGreaterThan(3)
      for (const probe of healthDown) {
        expect(probe.status, probe.text).toBe(503)
        expect(probe.body.status).toBe(503)
        expect(probe.ended - probe.started).toBeLessThan(3_000)
      }
      expect(
        health.filter((o) => o.ended < stopAt && o.status !== 200).map((o) => o.text),
        'health before the stop',
      ).toEqual([])

      // No acknowledged write lost: every 201's company is in the database.
      const acknowledged = creates.filter((o) => o.status === 201).map((o) => o.body.data!.id!)
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      const { rows } = await client.query<{ id: string }>('SELECT id::text FROM companies WHERE id = ANY($1::uuid[])', [acknowledged])
      await client.end()
      const stored = new Set(rows.map((row) => row.id))
      expect(
        acknowledged.filter((id) => !stored.has(id)),
        'acknowledged companies missing after the restart',
      ).toEqual([])

      // The same process served throughout, and nothing escaped its error handling.
      expect(server!.running()).toBe(true)
      expect(server!.output()).not.toMatch(/uncaught|unhandled/i)
      console.info(
        `  postgres restart (${mode}): ${creates.length} creates (${acknowledged.length} acknowledged, ${whileDown.length} while down), ` +
          `${health.length} health probes, recovered ${recoveredAt - downUntil} ms after the restart`,
      )
    },
  )
})
