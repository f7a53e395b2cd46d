// npm run bench:timing [-- --samples 120] [-- --root <dir>]: can response times tell whether an email
// has an account? Starts `server.ts --api-only` (production mode; from --root to measure another
// checkout) on a throwaway database of the local PostgreSQL, and for each route times requests for
// known emails (accounts) and unknown ones, interleaved in a random order, one at a time. Prints per
// route the medians, their ratio, and the rank statistic AUC (Mann–Whitney U / n², folded so that
// 0.5 = indistinguishable, 1 = always separable). Goal: medians within 10 %, AUC ≤ 0.6.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import pg from 'pg'
import { hashPassword } from '@/lib/auth/password'
import { adminQuery, ADMIN_URL } from './database'
import { freePort, startServer, stopAll } from './servers'

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}
const N = Number(arg('samples') ?? 120)
const root = resolve(arg('root') ?? '.')
const DB = 'vicross_timing'
const dbUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${DB}`)
const PASSWORD = 'timing-harbour-violet-42'
const CHOSEN = 'chosen-lighthouse-orbit-7'

process.on('SIGINT', () => void stopAll().finally(() => process.exit(130)))

function migrate(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbUrl },
    stdio: 'ignore',
  })
  return new Promise((ok, fail) => child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`db-migrate exited ${code}`)))))
}

const shuffle = <T>(items: T[]) => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
/** P(known > unknown) + ties/2, folded to ≥ 0.5. */
function auc(known: number[], unknown: number[]): number {
  let wins = 0
  for (const k of known) for (const u of unknown) wins += k > u ? 1 : k === u ? 0.5 : 0
  const a = wins / (known.length * unknown.length)
  return Math.max(a, 1 - a)
}

let ipCounter = 0
const nextIp = () => `10.${(++ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`

async function main() {
  await adminQuery(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
  await adminQuery(`CREATE DATABASE ${DB}`)
  await migrate()
  const hash = await hashPassword(PASSWORD)
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  const known = Array.from({ length: N }, (_, i) => `known${i}@timing.example`)
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, email_verified, updated_at)
     SELECT gen_random_uuid(), e, 'Known', $2, now(), now() FROM unnest($1::text[]) AS e`,
    [known, hash],
  )
  await client.end()

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  await startServer(
    [process.execPath, '--import', 'tsx', resolve(root, 'server.ts'), '--api-only'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      AUTH_SECRET: 'timing-secret-that-is-at-least-32-characters-long',
      APP_URL: base,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
      SEED_DEMO: 'false',
    },
    `${base}/api/health`,
  )

  const post = async (path: string, json: unknown) => {
    const started = performance.now()
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': nextIp() },
      body: JSON.stringify(json),
    })
    await res.arrayBuffer()
    return { ms: performance.now() - started, status: res.status }
  }
  const unknownEmail = (route: string, i: number) => `nobody-${route.replace(/[^a-z0-9]+/gi, '-')}-${i}@timing.example`
  const rows: string[] = []
  let allHold = true

  async function measure(name: string, request: (email: string, i: number, isKnown: boolean) => Promise<{ ms: number; status: number }>, knownEmails = known) {
    const order = shuffle([...Array.from({ length: N }, (_, i) => ({ i, isKnown: true })), ...Array.from({ length: N }, (_, i) => ({ i, isKnown: false }))])
    const times = { known: [] as number[], unknown: [] as number[] }
    const statuses = { known: new Set<number>(), unknown: new Set<number>() }
    for (let w = 0; w < 5; w++) await request(`warmup-${name.replace(/[^a-z0-9]+/gi, '-')}-${w}@timing.example`, -1, false)
    for (const { i, isKnown } of order) {
      const { ms, status } = await request(isKnown ? knownEmails[i]! : unknownEmail(name, i), i, isKnown)
      times[isKnown ? 'known' : 'unknown'].push(ms)
      statuses[isKnown ? 'known' : 'unknown'].add(status)
      await new Promise((r) => setTimeout(r, 20)) // let work left after an answer finish, as between real clients
    }
    const [mk, mu] = [median(times.known), median(times.unknown)]
    const ratio = mk / mu
    const a = auc(times.known, times.unknown)
    const holds = Math.abs(ratio - 1) <= 0.1 && a <= 0.6
    allHold &&= holds
    rows.push(
      `| ${name} | ${[...statuses.known].join('/')} vs ${[...statuses.unknown].join('/')} | ${mk.toFixed(1)} | ${mu.toFixed(1)} | ${ratio.toFixed(2)} | ${a.toFixed(2)} | ${holds ? 'yes' : 'NO'} |`,
    )
    console.log(rows.at(-1))
  }

  console.log(
    `| route (known vs unknown email) | statuses | known median ms | unknown median ms | ratio | AUC | holds |\n| --- | --- | --- | --- | --- | --- | --- |`,
  )
  await measure('send-otp (reset_password)', (email) => post('/api/auth/send-otp', { email, purpose: 'reset_password' }))
  await measure('resend-otp (login)', (email) => post('/api/auth/resend-otp', { email, purpose: 'login' }))
  // Known emails now hold a live reset code (from send-otp above); a wrong guess for each.
  await new Promise((r) => setTimeout(r, 1000))
  await measure('verify-otp (wrong code)', (email) => post('/api/auth/verify-otp', { email, otp: '000000', purpose: 'reset_password' }))
  await measure('login (wrong password)', (email) => post('/api/auth/login', { email, password: 'not-the-password-123' }))
  const registration = (email: string) => ({ name: 'Timing', email, password: CHOSEN, password_confirmation: CHOSEN })
  await measure('register (taken vs new)', (email) => post('/api/auth/register', registration(email)))
  // The combination: sign in with the password just registered (taken: the addresses above; new: those registered above).
  await measure('login with the registered password (taken vs new)', (email, i, isKnown) =>
    post('/api/auth/login', { email: isKnown ? email : unknownEmail('register (taken vs new)', i), password: CHOSEN }),
  )
  await measure('verify-otp verify_email after register (taken vs new)', (email, i, isKnown) =>
    post('/api/auth/verify-otp', { email: isKnown ? email : unknownEmail('register (taken vs new)', i), otp: '000000', purpose: 'verify_email' }),
  )

  console.log(`\n${N} samples per side and route, interleaved at random, one request at a time; ${new Date().toISOString()}; root ${root}`)
  console.log(allHold ? 'All routes hold (medians within 10 %, AUC ≤ 0.6).' : 'Some routes do NOT hold.')
  return allHold
}

let ok = false
try {
  ok = await main()
} finally {
  await stopAll()
  await adminQuery(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch(() => {})
}
process.exit(ok ? 0 : 1)
