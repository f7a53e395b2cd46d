// The API cases: each route through server.ts against the same route on the bare baseline, then
// password sign-in (argon2-bound) while a list benchmark runs on the same server.
import { isDeepStrictEqual } from 'node:util'
import type { Request } from 'autocannon'
import { adminQuery, databaseUrl } from './database'
import { bearer, load, type Load } from './load'
import { row, type ResultRow } from './report'
import { ADMIN_EMAIL, BENCH_PASSWORD, userEmail, type Scale } from './seed'

export interface Servers {
  ours: string
  bare: string
}
interface Timing {
  warmup: number
  duration: number
}

let clients = 0
/** A distinct client address per sign-in (the per-IP sign-in limit counts each simulated client). */
const nextClient = () => `10.${(++clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`

/** Plain verified, active users of the seed (n ≡ 4 mod 10): who signs in under load. */
const loginUser = (i: number, scale: Scale) => userEmail(4 + 10 * (i % Math.floor((scale.users - 5) / 10)))

async function logIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClient() },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  })
  const body = (await response.json()) as { data?: { access_token?: string } }
  if (!body.data?.access_token) throw new Error(`sign-in of ${email} failed: ${response.status}`)
  return body.data.access_token
}

/** Both servers must answer a case alike (same data, key order aside) or the comparison means nothing. */
async function sameAnswer(servers: Servers, path: string, token: string): Promise<string | null> {
  const get = (base: string) =>
    fetch(`${base}${path}`, { headers: bearer(token) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data: unknown } }))
  const [a, b] = await Promise.all([get(servers.ours), get(servers.bare)])
  if (a.status !== 200 || b.status !== 200) return `status ${a.status} (ours) / ${b.status} (baseline)`
  return isDeepStrictEqual(a.body.data, b.body.data) ? null : 'the data differs'
}

const per = (label: string, r: Load) => `${label} ${Math.round(r.rps)} req/s p50 ${r.p50} ms p99 ${r.p99} ms${r.failures ? `, ${r.failures} FAILED` : ''}`

export async function apiRows(servers: Servers, scale: Scale, timing: Timing, log: (line: string) => void): Promise<ResultRow[]> {
  const rows: ResultRow[] = []
  const booths = await adminQuery<{ id: string }>('SELECT id FROM trade_booths ORDER BY random() LIMIT 1000', databaseUrl)
  const boothIds = booths.map((b) => b.id)
  let nextBooth = 0
  const cases = [
    { name: 'booths list (status, 50/page)', path: '/api/tradebooth/get-details-tradebooths?status=accepted&page_size=50', admin: false },
    { name: 'users list (admin, 50/page)', path: '/api/auth/all-users-data?page_size=50', admin: true },
    { name: 'single booth', path: `/api/tradebooth/get-single-details-tradebooth?id=${boothIds[0]}`, admin: false, rotate: true },
    { name: 'profile', path: '/api/user/profile', admin: false },
  ]
  const results = new Map<string, Load>()
  for (const c of cases) {
    // Fresh tokens per case: access tokens last 15 minutes, longer than a full run.
    const token = await logIn(servers.ours, c.admin ? ADMIN_EMAIL : userEmail(4))
    const mismatch = await sameAnswer(servers, c.path, token)
    if (mismatch) log(`WARNING ${c.name}: server.ts and the baseline answer differently (${mismatch})`)
    const requests: Request[] | undefined = c.rotate
      ? [{ setupRequest: (req: Request) => ({ ...req, path: `/api/tradebooth/get-single-details-tradebooth?id=${boothIds[nextBooth++ % boothIds.length]}` }) }]
      : undefined
    const measure = (base: string) => load({ url: `${base}${c.path}`, headers: bearer(token), requests, ...timing })
    const bare = await measure(servers.bare)
    const ours = await measure(servers.ours)
    results.set(c.name, ours)
    log(`${c.name}: ${per('ours', ours)} | ${per('baseline', bare)}`)
    rows.push(
      row(`${c.name} throughput`, 'req/s', ours.failures ? null : ours.rps, bare.rps, '>= 0.75'),
      row(`${c.name} p50`, 'ms', ours.p50, bare.p50, 'info'),
      row(`${c.name} p99`, 'ms', ours.failures ? null : ours.p99, bare.p99, '<= 25 ms'),
    )
  }

  // Sign-in under load: 8 clients signing in (each request a distinct user and client address)
  // while 32 connections read the booths list; the list's p99 against its p99 without sign-ins.
  const list = cases[0]!
  const listToken = await logIn(servers.ours, userEmail(4))
  let signIns = 0
  const loginRequests: Request[] = [
    {
      method: 'POST',
      path: '/api/auth/login',
      setupRequest: (req: Request) => ({
        ...req,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClient() },
        body: JSON.stringify({ email: loginUser(signIns++, scale), password: BENCH_PASSWORD }),
      }),
    },
  ]
  // At least 8 s: on a busy machine a sign-in queued behind the list's queries takes seconds.
  const together = { ...timing, duration: Math.max(timing.duration, 8) }
  const underLogin = async (base: string) => {
    const [listLoad, login] = await Promise.all([
      load({ url: `${base}${list.path}`, headers: bearer(listToken), ...together }),
      load({ url: base, connections: 8, requests: loginRequests, ...together }),
    ])
    return { listLoad, login }
  }
  const bare = await underLogin(servers.bare)
  const ours = await underLogin(servers.ours)
  log(`sign-in under list load: ${per('ours', ours.login)} | ${per('baseline', bare.login)}`)
  log(`booths list under sign-in load: ${per('ours', ours.listLoad)} | ${per('baseline', bare.listLoad)}`)
  rows.push(
    row('login throughput, under list load', 'req/s', ours.login.failures ? null : ours.login.rps, bare.login.rps, 'info'),
    row('booths list p99 with login load (baseline: without)', 'ms', ours.listLoad.p99, results.get(list.name)!.p99, '<= 2x'),
  )
  return rows
}
