// The dashboard under a crowd: 200 connections for 15 s on a signed-in page, while a probe measures
// what one more visitor (a page and the API) waits. Figures are ratios against the same probe on the
// idle server, measured in the same run. Needs `npm run build` first. Usage:
//   npm run bench:dashboard-load [-- --connections 200 --seconds 15 --path /]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { signInDashboard, ttfb } from './dashboard'
import { freePort, startServer, stopAll } from './servers'

const flag = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : process.argv[index + 1]!
}
const connections = Number(flag('connections', '200'))
const seconds = Number(flag('seconds', '15'))
const path = flag('path', '/')
const ADMIN = { email: 'load-admin@vicross.local', password: 'load-admin-password-1234' }

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : Number.NaN
}
const round = (ms: number) => Math.round(ms)

/** One request at a time for `durationMs`: the wait a newcomer sees, page and API. */
async function probe(base: string, cookie: string, durationMs: number) {
  const page: number[] = []
  const apiCall: number[] = []
  const statuses = new Map<number, number>()
  const until = Date.now() + durationMs
  while (Date.now() < until) {
    const answer = await ttfb(`${base}/users`, cookie)
    page.push(answer.ms)
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
    apiCall.push((await ttfb(`${base}/api/health`, '')).ms)
    await new Promise((wake) => setTimeout(wake, 100))
  }
  return { page, apiCall, statuses: Object.fromEntries(statuses) }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'vicross-load-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  try {
    await startServer(
      [process.execPath, '--import', 'tsx', 'server.ts'],
      {
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        PGLITE_DIR: join(dir, 'db'),
        UPLOAD_DIR: join(dir, 'uploads'),
        AUTH_SECRET: 'bench-secret-that-is-at-least-32-characters-long',
        APP_URL: base,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        LOG_LEVEL: 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      `${base}/api/health`,
    )
    // Two sign-ins: the crowd's session, and the newcomer's, who should not wait behind it.
    const cookie = await signInDashboard(base, ADMIN.email, ADMIN.password, '10.255.0.2')
    const newcomer = await signInDashboard(base, ADMIN.email, ADMIN.password, '10.255.0.3')
    for (let i = 0; i < 5; i++) await ttfb(`${base}${path}`, cookie) // warm caches
    const idle = await probe(base, newcomer, 4_000)

    const crowd = autocannon({ url: `${base}${path}`, connections, duration: seconds, headers: { cookie }, timeout: 30 })
    const loaded = await probe(base, newcomer, (seconds - 1) * 1000)
    const result = await crowd

    const rows: Array<[string, string]> = [
      ['idle: /users TTFB p50 / p99 (ms)', `${round(quantile(idle.page, 0.5))} / ${round(quantile(idle.page, 0.99))}`],
      ['idle: /api/health p50 (ms)', `${round(quantile(idle.apiCall, 0.5))}`],
      [
        `crowd (${connections} conn. on ${path}): req/s, p50 / p99 (ms)`,
        `${Math.round(result.requests.average)}, ${result.latency.p50} / ${result.latency.p99}`,
      ],
      ['crowd: answers by status', JSON.stringify(result.statusCodeStats)],
      ['crowd: errors + timeouts', String(result.errors + result.timeouts)],
      ['under crowd: /users TTFB p50 / p99 (ms)', `${round(quantile(loaded.page, 0.5))} / ${round(quantile(loaded.page, 0.99))}`],
      ['under crowd: /users statuses', JSON.stringify(loaded.statuses)],
      ['under crowd: /api/health p50 / p99 (ms)', `${round(quantile(loaded.apiCall, 0.5))} / ${round(quantile(loaded.apiCall, 0.99))}`],
      ['page p99 under crowd ÷ idle p99', (quantile(loaded.page, 0.99) / quantile(idle.page, 0.99)).toFixed(1)],
    ]
    for (const [label, value] of rows) console.log(`${label.padEnd(52)} ${value}`)
  } finally {
    await stopAll()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
