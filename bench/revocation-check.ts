// npm run bench:revocation: what the per-request "is this sign-in still live?" check costs (issue 15).
//
// Every authenticated request reads the caller's row in one statement (lib/auth/authenticate.ts);
// with a sign-in it also asks, in that statement, whether the sign-in was ended: an EXISTS on
// refresh_tokens (API clients: the token's family) or dashboard_sessions (the cookie's sid). This
// measures, in one process against a migrated PostgreSQL database, a profile read
// (GET /api/user/profile through the API app) with a token of a sign-in against the same read with
// a token that names none (no check), and the statement alone with and without each EXISTS:
// interleaved rounds, medians, ratios. Goal: the profile read ≤ 5 % slower with the check. The
// statement asks only when the sign-in was not found live in the last second (lib/auth/live-sign-ins.ts).
import { spawn } from 'node:child_process'
import { ADMIN_URL, adminQuery } from './database'

const DATABASE = 'vicross_revocation_bench'
const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${DATABASE}`)
const ROUNDS = Number(process.env.ROUNDS ?? 9)
const PER_ROUND = Number(process.env.PER_ROUND ?? 4000)
const CONCURRENCY = 8

Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: 'revocation-bench-secret-at-least-32-characters',
  APP_URL: 'http://localhost:3000',
  LOG_LEVEL: 'silent',
})

function migrate(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], { env: process.env, stdio: ['ignore', 'ignore', 'inherit'] })
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db:migrate exited ${code}`)))))
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Runs `task` PER_ROUND times, CONCURRENCY at a time; the rate per second. */
async function rate(task: () => Promise<unknown>): Promise<number> {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < PER_ROUND) await task()
    }),
  )
  return PER_ROUND / ((performance.now() - started) / 1000)
}

async function main() {
  await adminQuery(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await adminQuery(`CREATE DATABASE ${DATABASE}`)
  await migrate()
  const { api } = await import('@/lib/api/app')
  const { authUserSql } = await import('@/lib/auth/authenticate')
  const { signAccessToken } = await import('@/lib/auth/access-token')
  const { db, sqlRows, closeDatabase } = await import('@/lib/db')
  const { issueTokenPair } = await import('@/lib/services/auth/token-pair')
  try {
    const user = await db().user.create({ data: { email: 'bench@example.com', name: 'Bench', emailVerified: new Date() } })
    const signedIn = (await issueTokenPair(user.id)).access_token
    const noSignIn = await signAccessToken({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion })
    const family = (await db().refreshToken.findFirstOrThrow({ where: { userId: user.id } })).familyId
    const session = await db().dashboardSession.create({ data: { userId: user.id } })
    const app = api()
    const profile = (token: string) => async () => {
      const response = await app.request('/api/user/profile', { headers: { authorization: `Bearer ${token}` } })
      if (response.status !== 200) throw new Error(`profile answered ${response.status}`)
      await response.arrayBuffer()
    }
    const statement = (familyId?: string, sessionId?: string) => () => sqlRows(authUserSql(user.id, familyId, sessionId))
    const kinds = {
      'profile read, token of a sign-in (family checked)': profile(signedIn),
      'profile read, token of no sign-in (no check)': profile(noSignIn),
      'user statement with the family check': statement(family),
      'user statement with the session check': statement(undefined, session.id),
      'user statement without a check': statement(),
    }
    const rates = new Map<string, number[]>(Object.keys(kinds).map((name) => [name, []]))
    for (const run of Object.values(kinds)) await rate(run) // warm-up
    const entries = Object.entries(kinds)
    for (let round = 0; round < ROUNDS; round++) {
      // Each round starts with another kind, so that no kind always follows the same one.
      for (let i = 0; i < entries.length; i++) {
        const [name, run] = entries[(i + round) % entries.length]!
        rates.get(name)!.push(await rate(run))
      }
    }
    const per = (name: string) => median(rates.get(name)!)
    console.log(`${ROUNDS} rounds × ${PER_ROUND} calls, ${CONCURRENCY} at a time, medians (calls/s):`)
    for (const name of Object.keys(kinds)) console.log(`  ${name.padEnd(52)} ${Math.round(per(name))}`)
    const cost = (withCheck: string, without: string) => {
      const slower = (per(without) / per(withCheck) - 1) * 100
      return slower >= 0 ? `${slower.toFixed(1)} % slower` : `${(-slower).toFixed(1)} % faster (noise)`
    }
    const profileCost = per('profile read, token of no sign-in (no check)') / per('profile read, token of a sign-in (family checked)') - 1
    console.log(
      `profile read with the check: ${cost('profile read, token of a sign-in (family checked)', 'profile read, token of no sign-in (no check)')} (goal ≤ 5 %: ${profileCost <= 0.05 ? 'holds' : 'MISSED'})`,
    )
    console.log(
      `the statement alone: family check ${cost('user statement with the family check', 'user statement without a check')}, session check ${cost('user statement with the session check', 'user statement without a check')}`,
    )
  } finally {
    await closeDatabase()
    await adminQuery(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  }
}

await main()
process.exit(0)
