// npm run soak [-- --minutes 1]: `server.ts --api-only` (production mode) on a throwaway PostgreSQL
// database under a steady mixed load — reads, creates and deletes, sign-ins, ten chatting sockets —
// for N minutes (default 5). Every few seconds it samples the server's RSS (/proc/<pid>/status),
// its heap and event-loop delay (bench/soak-probe.ts, preloaded into this run's server only), and
// the latency of GET /api/health seen from outside; then prints a table and a verdict: memory slope
// per minute after warm-up, and whether the event-loop p99 stayed flat. On demand, not in CI.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { parseArgs } from 'node:util'
import { signAccessToken } from '@/lib/auth/access-token'
import { hashPassword } from '@/lib/auth/password'
import { openDatabase } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/schema-engine'
import { ADMIN_URL, adminQuery } from './database'
import { emptyWindow, startLoad, type LoadUser, type Window } from './soak-load'

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '5' }, sample: { type: 'string', default: '5' } } })
const MINUTES = Number(values.minutes)
const SAMPLE_MS = Number(values.sample) * 1000
const PASSWORD = 'soak-harbour-violet-42'
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url') // tokens signed here must verify in the server
process.env.LOG_LEVEL ??= 'warn'

const database = `vicross_soak_${randomBytes(3).toString('hex')}`
const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${database}`)
const dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
const mb = (bytes: number) => bytes / 1024 / 1024
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

interface Probe {
  heapUsed: number
  heapTotal: number
  external: number
  heapAfterGc: number | null
  lagP99: number
  lagMax: number
}
interface Sample {
  t: number
  rss: number
  heap: number
  heapAfterGc: number | null
  /** RSS beyond V8's heap and external memory: what native code and the allocator hold. */
  native: number
  lagP99: number
  lagMax: number
  healthP99: number
  rps: number
  errors: number
  chat: number
  requests: number
}

/** A migrated database with 20 users (one password hash for all) and a chat room. */
async function prepareDatabase(): Promise<{ users: LoadUser[]; roomId: string }> {
  await adminQuery(`CREATE DATABASE ${database}`)
  const db = openDatabase({ kind: 'postgres', url: databaseUrl })
  try {
    await applyMigrations(db.migrationAdapter())
    const passwordHash = await hashPassword(PASSWORD)
    const users: LoadUser[] = []
    for (let i = 0; i < 20; i++) {
      const user = await db.prisma.user.create({ data: { email: `soak${i}@example.com`, name: `Soak ${i}`, passwordHash, emailVerified: new Date() } })
      const token = await signAccessToken({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }, 24 * 3600)
      users.push({ email: user.email, token, authorization: `Bearer ${token}` })
    }
    const room = await db.prisma.room.create({ data: { name: 'Soak lounge' } })
    return { users, roomId: room.id }
  } finally {
    await db.close()
  }
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The server with the probe preloaded, reporting over an IPC channel; resolves once ready. */
async function startServer(port: number, onProbe: (probe: Probe) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './bench/soak-probe.ts', 'server.ts', '--api-only'], {
    env: {
      // As `npm start` runs it (package.json): glibc serves blocks of 4 MiB and more (argon2's 19 MiB) by mmap, returned on free.
      MALLOC_MMAP_THRESHOLD_: '4194304',
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SOAK_PROBE_MS: String(SAMPLE_MS),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  spawned = child
  child.on('message', (message: Probe & { type?: string }) => message.type === 'soak-sample' && onProbe(message))
  for (
    let i = 0;
    !(await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    if (i > 300 || child.exitCode !== null) throw new Error('server.ts did not become ready')
    await sleep(200)
  }
  return child
}

const p99 = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))]! : 0)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : Number.NaN
}
const cell = (value: number, width: number, digits = 1) => value.toFixed(digits).padStart(width)

async function main() {
  const { users, roomId } = await prepareDatabase()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let probe: Probe | undefined
  const child = await startServer(port, (sample) => (probe = sample))
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024

  console.log(`soak: ${MINUTES} min against ${url} (database ${database}), sampling every ${SAMPLE_MS / 1000} s\n`)
  console.log('   t s |  RSS MB | heap MB | after GC | native MB | loop p99 ms | loop max ms | health p99 ms | req/s | errors | chat msgs')
  let window: Window = emptyWindow()
  const load = startLoad({ url, users, password: PASSWORD, roomId, window: () => window })
  const samples: Sample[] = []
  const started = Date.now()
  while (Date.now() - started < MINUTES * 60_000) {
    await sleep(SAMPLE_MS)
    const closed = window
    window = emptyWindow()
    const errors = closed.errors + closed.chatErrors
    const rssBytes = rss()
    const sample: Sample = {
      t: (Date.now() - started) / 1000,
      rss: mb(rssBytes),
      native: probe ? mb(rssBytes - probe.heapTotal - probe.external) : 0,
      heap: mb(probe?.heapUsed ?? 0),
      heapAfterGc: probe?.heapAfterGc == null ? null : mb(probe.heapAfterGc),
      lagP99: probe?.lagP99 ?? 0,
      lagMax: probe?.lagMax ?? 0,
      healthP99: p99(closed.healthMs),
      rps: closed.requests / (SAMPLE_MS / 1000),
      errors,
      chat: closed.chat,
      requests: closed.requests,
    }
    samples.push(sample)
    const notes = closed.errorSamples.length ? `  ${closed.errorSamples.join('; ')}` : ''
    console.log(
      `${cell(sample.t, 6, 0)} | ${cell(sample.rss, 7)} | ${cell(sample.heap, 7)} | ${sample.heapAfterGc === null ? '       -' : cell(sample.heapAfterGc, 8)} | ${cell(sample.native, 9)} | ${cell(sample.lagP99, 11)} | ${cell(sample.lagMax, 11)} | ${cell(sample.healthP99, 13)} | ${cell(sample.rps, 5, 0)} | ${String(errors).padStart(6)} | ${String(sample.chat).padStart(9)}${notes}`,
    )
  }
  await load.stop()

  // The server must exit 0 on SIGTERM; then the database goes.
  child.kill('SIGTERM')
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  await dropDatabase()
  return report(samples, exitCode)
}

/** Least-squares slope of y over t (seconds), per minute. */
function slopePerMinute(points: Array<[number, number]>): number {
  const n = points.length
  if (n < 2) return 0
  const mt = points.reduce((s, [t]) => s + t, 0) / n
  const my = points.reduce((s, [, y]) => s + y, 0) / n
  const num = points.reduce((s, [t, y]) => s + (t - mt) * (y - my), 0)
  const den = points.reduce((s, [t]) => s + (t - mt) ** 2, 0)
  return den ? (num / den) * 60 : 0
}

function report(samples: Sample[], exitCode: number | null): boolean {
  const warmup = Math.min(60, MINUTES * 60 * 0.25)
  const steady = samples.filter((s) => s.t > warmup)
  // The leak signal: the heap right after each full collection (heapUsed itself is a sawtooth).
  const floors = steady.filter((s) => s.heapAfterGc !== null).map((s): [number, number] => [s.t, s.heapAfterGc!])
  const heapSlope = slopePerMinute(floors)
  const rssSlope = slopePerMinute(steady.map((s) => [s.t, s.rss]))
  const half = Math.floor(steady.length / 2)
  const lagFirst = Math.max(0, ...steady.slice(0, half).map((s) => s.lagP99))
  const lagSecond = Math.max(0, ...steady.slice(half).map((s) => s.lagP99))
  const requests = samples.reduce((s, x) => s + x.requests, 0)
  const errors = samples.reduce((s, x) => s + x.errors, 0)
  const meanHeap = floors.reduce((s, [, heap]) => s + heap, 0) / Math.max(1, floors.length)

  // Growth over the last 20 minutes (or since warm-up in a shorter run): the median of the last two
  // minutes against the median of the two minutes where that stretch begins. RSS and the heap after
  // full collections may each grow by at most 10 %.
  const end = samples.at(-1)?.t ?? 0
  const from = Math.max(warmup, end - 20 * 60)
  const growth = (points: Array<[number, number]>) => {
    const at = (lo: number, hi: number) => median(points.filter(([t]) => t >= lo && t <= hi).map(([, y]) => y))
    const first = at(from, from + 120)
    const last = at(end - 120, end)
    return { first, last, ratio: last / first - 1 }
  }
  const rssGrowth = growth(steady.map((s) => [s.t, s.rss]))
  const heapGrowth = growth(floors)
  const nativeGrowth = growth(steady.map((s) => [s.t, s.native]))
  const within = (g: { ratio: number }) => !Number.isFinite(g.ratio) || g.ratio <= 0.1
  // Under 2 % of the retained heap (or 1 MB) per minute; with fewer than 3 full collections there is nothing to judge.
  const memoryOk = (floors.length < 3 || heapSlope < Math.max(1, meanHeap * 0.02)) && within(rssGrowth) && within(heapGrowth)
  const span = `${((end - from) / 60).toFixed(0)} min`
  const describe = (g: { first: number; last: number; ratio: number }) =>
    Number.isFinite(g.ratio) ? `${g.first.toFixed(1)} → ${g.last.toFixed(1)} MB (${g.ratio >= 0 ? '+' : ''}${(g.ratio * 100).toFixed(1)} %)` : 'too few samples'
  const lagOk = lagSecond <= lagFirst * 1.5 + 10
  const errorsOk = errors <= requests * 0.001
  const pass = memoryOk && lagOk && errorsOk && exitCode === 0
  console.log(`
after a ${warmup.toFixed(0)} s warm-up (${steady.length} samples):
  heap after full GCs  ${floors.length < 3 ? `only ${floors.length} full collections: too few to judge` : `slope ${heapSlope.toFixed(2)} MB/min over ${floors.length} collections (mean ${meanHeap.toFixed(1)} MB)   ${memoryOk ? 'OK' : 'GROWING'}`}
  RSS slope            ${rssSlope.toFixed(2)} MB/min (RSS also holds argon2's 19 MiB buffers and the allocator's slack)
  growth over ${span.padEnd(7)} RSS ${describe(rssGrowth)} ${within(rssGrowth) ? 'OK' : 'GROWING'}; heap after GC ${describe(heapGrowth)} ${within(heapGrowth) ? 'OK' : 'GROWING'}; native (RSS − heap − external) ${describe(nativeGrowth)}
  loop p99             first half max ${lagFirst.toFixed(1)} ms, second half max ${lagSecond.toFixed(1)} ms   ${lagOk ? 'STABLE' : 'RISING'}
  requests             ${requests} (${errors} errors)   ${errorsOk ? 'OK' : 'TOO MANY ERRORS'}; exit code on SIGTERM ${exitCode}
verdict: ${pass ? 'PASS' : 'FAIL'}${MINUTES < 5 ? ` (a ${MINUTES}-minute run is a smoke test: slopes mean something from 5 minutes on)` : ''}`)
  return pass
}

let spawned: ChildProcess | undefined
main().then(
  (pass) => process.exit(pass ? 0 : 1),
  // Whatever fails, the server and the throwaway database go away.
  async (error: unknown) => {
    console.error(error)
    spawned?.kill('SIGKILL')
    await dropDatabase().catch(() => {})
    process.exit(1)
  },
)
