// A first measurement: GET /api/health through server.ts (production build, PostgreSQL) against a
// bare node:http + pg server doing the same round trip, in one run. `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process'
import autocannon from 'autocannon'
import pg from 'pg'

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const DATABASE = 'vicross_bench_health'
const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${DATABASE}`)
const DURATION = Number(process.env.BENCH_SECONDS ?? 8)

async function admin(sql: string) {
  const client = new pg.Client(ADMIN_URL)
  await client.connect()
  await client.query(sql)
  await client.end()
}

async function start(command: string[], env: Record<string, string>, url: string): Promise<ChildProcess> {
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return child
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${command.join(' ')} did not become ready`)
}

async function measure(url: string) {
  await autocannon({ url, connections: 32, duration: 2 }) // warm-up
  const result = await autocannon({ url, connections: 32, duration: DURATION })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
await admin(`CREATE DATABASE ${DATABASE}`)
const env: Record<string, string> = {
  DATABASE_URL: databaseUrl,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  AUTH_SECRET: 'bench-secret-that-is-at-least-32-characters',
}
const migrate = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], { env: { ...process.env, ...env }, stdio: 'inherit' })
await new Promise((resolve) => migrate.on('exit', resolve))

const baseline = await start([process.execPath, '--import', 'tsx', 'bench/baseline-server.ts'], { ...env, PORT: '3300' }, 'http://127.0.0.1:3300/')
const bare = await measure('http://127.0.0.1:3300/')
baseline.kill('SIGTERM')

const server = await start([process.execPath, '--import', 'tsx', 'server.ts'], { ...env, PORT: '3301', HOST: '127.0.0.1' }, 'http://127.0.0.1:3301/api/health')
const ours = await measure('http://127.0.0.1:3301/api/health')
server.kill('SIGTERM')
await new Promise((r) => setTimeout(r, 1000))
await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)

const row = (name: string, r: typeof bare) => `| ${name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} |`
console.log(`\n| GET /api/health, 32 connections, ${DURATION} s | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|`)
console.log(row('bare node:http + pg (baseline)', bare))
console.log(row('server.ts → Hono (production build)', ours))
console.log(`\nratio (server.ts / baseline req/s): ${(ours.rps / bare.rps).toFixed(2)}`)
process.exit(0)
