// npm run bench [-- --quick] [-- --keep-db] [-- --reuse-db] [-- --only lists|api|dashboard]: seeds a large database, starts the production build
// (server.ts) and a bare node:http + pg baseline side by side, measures the API, sign-in under
// load, room fan-out and the dashboard, and writes bench/results/latest.{json,md}. See README,
// "Benchmarks".
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { adminQuery, databaseUrl, DATABASE, dropDatabase, prepareDatabase } from './database'
import { firstLoadGoal, firstLoadJs, medianTtfb, signInDashboard } from './dashboard'
import { fanoutRows } from './fanout'
import { apiRows, listRows, type Servers } from './api-cases'
import { machine, printTable, row, writeResults, type ResultRow } from './report'
import { freePort, startServer, stopAll } from './servers'
import { ADMIN_EMAIL, BENCH_PASSWORD, FULL, QUICK, userEmail } from './seed'
import { dashboardLoadRows } from './dashboard-pages'
import { lighthouseRows } from './lighthouse'

const quick = process.argv.includes('--quick')
const keepDb = process.argv.includes('--keep-db')
// --only lists: the list cases alone (naive and new-SQL baselines, deep pages), without sign-in, fan-out or dashboard.
// --only api: the list cases and the other API reads (single booth, profile, companies, rooms, sign-in under load).
// --only dashboard: first-load JS, the dashboard under load and Lighthouse.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined
if (only !== undefined && only !== 'lists' && only !== 'api' && only !== 'dashboard') {
  console.error(`--only takes: lists, api, dashboard (not ${only})`)
  process.exit(2)
}
const apiOnly = only === 'lists' || only === 'api'
// --reuse-db: measure against the database a run with --keep-db left, without seeding it again.
const reuseDb = process.argv.includes('--reuse-db')
const scale = quick ? QUICK : FULL
const timing = quick ? { warmup: 1, duration: 4 } : { warmup: 3, duration: 10 }
const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`

process.on('SIGINT', () => void stopAll().finally(() => process.exit(130)))

// The API cases need only the API: server.ts --api-only, no production build (nor a build in progress).
if (!apiOnly && !existsSync('.next/BUILD_ID')) {
  console.log('No production build (.next/BUILD_ID is missing): running `npm run build` first.')
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1)
}

const [ourPort, barePort, naivePort] = [await freePort(), await freePort(), await freePort()]
const ours = `http://127.0.0.1:${ourPort}`
// TRUST_PROXY=1: the harness acts as the proxy in front of many clients, each with its own
// X-Forwarded-For, so that per-IP sign-in limits apply per simulated client, not to the whole load.
const env: Record<string, string> = {
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: 'bench-secret-that-is-at-least-32-characters-long',
  APP_URL: ours,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  TRUST_PROXY: '1',
  SEED_DEMO: 'false',
}
const rows: ResultRow[] = []
/** Ends the run after the part --only names, through the same clean-up as the full run. */
class OnlyPart extends Error {}
let pgVersion = 'PostgreSQL ?'

try {
  console.log(
    `Seeding ${DATABASE} (${quick ? 'quick' : 'full'}: ${scale.users.toLocaleString('en')} users, ${scale.booths.toLocaleString('en')} booths, ${scale.messages.toLocaleString('en')} messages)`,
  )
  if (!reuseDb) await prepareDatabase(scale, env)
  pgVersion = (await adminQuery<{ server_version: string }>('SHOW server_version', databaseUrl))[0]!.server_version.replace(/^(\S+).*/, 'PostgreSQL $1')

  console.log(`[${elapsed()}] starting server.ts (npm start) on ${ourPort} and the baseline on ${barePort}`)
  await startServer(['npm', 'start', '--silent', ...(apiOnly ? ['--', '--api-only'] : [])], { ...env, PORT: String(ourPort) }, `${ours}/api/health`)
  const baseline = [process.execPath, '--import', 'tsx', 'bench/baseline-server.ts']
  await startServer(baseline, { ...env, PORT: String(barePort), BASELINE_SQL: 'keyset' }, `http://127.0.0.1:${barePort}/`)
  await startServer(baseline, { ...env, PORT: String(naivePort), BASELINE_SQL: 'naive' }, `http://127.0.0.1:${naivePort}/`)
  const servers: Servers = { ours, bare: `http://127.0.0.1:${barePort}`, naive: `http://127.0.0.1:${naivePort}` }
  const log = (line: string) => console.log(`[${elapsed()}] ${line}`)

  if (only !== 'dashboard') {
    rows.push(...(await listRows(servers, scale, timing, log)))
    if (only === 'lists') throw new OnlyPart()
    rows.push(...(await apiRows(servers, scale, timing, log)))
    if (only === 'api') throw new OnlyPart()

    console.log(`[${elapsed()}] room fan-out`)
    rows.push(...(await fanoutRows(servers, env, quick)))
  }

  console.log(`[${elapsed()}] dashboard`)
  for (const { page, kb } of firstLoadJs()) rows.push(row(`first-load JS ${page}`, 'kB gzip', kb, null, firstLoadGoal(page)))
  const cookie = await signInDashboard(ours, ADMIN_EMAIL, BENCH_PASSWORD, '10.255.0.1')
  const users = scale.users.toLocaleString('en')
  rows.push(row(`dashboard /users TTFB (admin, ${users} users)`, 'ms', await medianTtfb(`${ours}/users`, cookie, quick ? 10 : 30), null, 'info'))
  const plain = await signInDashboard(ours, userEmail(4), BENCH_PASSWORD, '10.255.0.4')
  rows.push(...(await dashboardLoadRows(ours, { admin: cookie, plain }, timing, quick, log)))
  console.log(`[${elapsed()}] Lighthouse`)
  rows.push(...(await lighthouseRows(ours, cookie, log)))
} catch (error) {
  if (!(error instanceof OnlyPart)) throw error
} finally {
  await stopAll()
  if (!keepDb && !reuseDb) await dropDatabase().catch(() => {})
}

const m = machine(
  pgVersion,
  `${quick ? 'quick' : 'full'}${only ? `, only ${only}` : ''}, ${timing.duration} s per case after ${timing.warmup} s warm-up, 32 connections, total ${elapsed()}`,
)
printTable(rows, m)
writeResults('bench/results', rows, m)
console.log(
  `\nWrote bench/results/latest.json and latest.md in ${elapsed()}.${keepDb || reuseDb ? ` Kept the database ${DATABASE}.` : ` Dropped the database ${DATABASE}.`}`,
)
process.exit(0)
