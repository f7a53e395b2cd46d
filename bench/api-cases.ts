// The API cases: each route through server.ts against the same route on the bare baseline, then
// password sign-in (argon2-bound) while a list benchmark runs on the same server.
import { isDeepStrictEqual } from 'node:util'
import type { Request } from 'autocannon'
import { encodeAfter } from '@/lib/keyset'
import { adminQuery, databaseUrl } from './database'
import { bearer, load, type Load } from './load'
import { row, type ResultRow } from './report'
import { ADMIN_EMAIL, BENCH_PASSWORD, userEmail, type Scale } from './seed'

export interface Servers {
  ours: string
  /** The bare node:http + pg server with the product's own SQL (BASELINE_SQL=keyset). */
  bare: string
  /** The same bare server with the lists' earlier SQL: offset page + exact count(*) (BASELINE_SQL=naive). */
  naive?: string
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
async function sameAnswer(servers: Servers, path: string, token: string, other = servers.bare, fields?: string[]): Promise<string | null> {
  const get = (base: string) =>
    fetch(`${base}${path}`, { headers: bearer(token) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data: Record<string, unknown> } }))
  const [a, b] = await Promise.all([get(servers.ours), get(other)])
  if (a.status !== 200 || b.status !== 200) return `status ${a.status} (ours) / ${b.status} (baseline)`
  const pick = (data: Record<string, unknown>) => (fields ? Object.fromEntries(fields.map((f) => [f, data[f]])) : data)
  return isDeepStrictEqual(pick(a.body.data), pick(b.body.data)) ? null : 'the data differs'
}

/** The plain user of the seed who owns company #1 (user k owns company n when k = 7919 n mod users): the lists' caller. */
export const listUser = (scale: Scale) => userEmail(7919 % scale.users)

/**
 * The lists of issue 14 §1, each on the naive bare server (offset + exact count), the bare server
 * with our SQL, and server.ts; then the deep page: page 1,000 (quick: 100) through `after` against
 * page 1 on server.ts, and through `page` for information.
 */
export async function listRows(servers: Servers, scale: Scale, timing: Timing, log: (line: string) => void): Promise<ResultRow[]> {
  const rows: ResultRow[] = []
  const cases = [
    {
      name: 'booths list (status, 50/page, plain user with a company)',
      path: '/api/tradebooth/get-details-tradebooths?status=accepted&page_size=50',
      admin: false,
    },
    { name: 'users list (admin, 50/page)', path: '/api/auth/all-users-data?page_size=50', admin: true },
  ]
  const first = new Map<string, Load>()
  for (const c of cases) {
    const token = await logIn(servers.ours, c.admin ? ADMIN_EMAIL : listUser(scale))
    for (const [label, other, fields] of [
      ['new-SQL baseline', servers.bare, undefined],
      ['naive baseline', servers.naive!, ['items', 'total']],
    ] as const) {
      const mismatch = await sameAnswer(servers, c.path, token, other, fields ? [...fields] : undefined)
      if (mismatch) log(`WARNING ${c.name}: server.ts and the ${label} answer differently (${mismatch})`)
    }
    const measure = (base: string) => load({ url: `${base}${c.path}`, headers: bearer(token), ...timing })
    const naive = await measure(servers.naive!)
    const bare = await measure(servers.bare)
    const ours = await measure(servers.ours)
    first.set(c.name, ours)
    log(`${c.name}: ${per('ours', ours)} | ${per('new-SQL baseline', bare)} | ${per('naive baseline', naive)}`)
    rows.push(
      row(`${c.name} throughput vs naive SQL`, 'req/s', ours.failures ? null : ours.rps, naive.rps, '>= 3'),
      row(`${c.name} throughput vs new SQL`, 'req/s', ours.failures ? null : ours.rps, bare.rps, '>= 0.85'),
      row(`${c.name} p50 vs new SQL`, 'ms', ours.p50, bare.p50, 'info'),
      row(`${c.name} p99 vs new SQL`, 'ms', ours.failures ? null : ours.p99, bare.p99, '<= 1.3x'),
      row(`${c.name} p99 vs naive SQL`, 'ms', ours.p99, naive.p99, 'info'),
    )
  }

  // Deep pages of the booths list: the cursor of the last item of page deep - 1, straight from the database.
  const list = cases[0]!
  const deep = Math.min(1000, Math.floor((scale.booths * 0.6) / 50) - 1)
  const [last] = await adminQuery<{ created_at: Date; id: string }>(
    `SELECT created_at, id FROM trade_booths WHERE status = 'accepted' ORDER BY created_at DESC, id DESC OFFSET ${(deep - 1) * 50 - 1} LIMIT 1`,
    databaseUrl,
  )
  const after = encodeAfter({ sort: '-created_at', value: last!.created_at.toISOString(), id: last!.id })
  const token = await logIn(servers.ours, listUser(scale))
  const byCursor = `${list.path}&after=${encodeURIComponent(after)}`
  const byPage = `${list.path}&page=${deep}`
  const mismatch = await sameAnswer(servers, byCursor, token)
  if (mismatch) log(`WARNING deep page: server.ts and the new-SQL baseline answer differently (${mismatch})`)
  const viaCursor = await load({ url: `${servers.ours}${byCursor}`, headers: bearer(token), ...timing })
  const bareCursor = await load({ url: `${servers.bare}${byCursor}`, headers: bearer(token), ...timing })
  const viaPage = await load({ url: `${servers.ours}${byPage}`, headers: bearer(token), ...timing })
  const page1 = first.get(list.name)!
  log(`booths page ${deep}: ${per('after', viaCursor)} | ${per('after, new-SQL baseline', bareCursor)} | ${per('page (offset)', viaPage)}`)
  rows.push(
    row(`booths list page ${deep.toLocaleString('en')} via after, vs page 1`, 'req/s', viaCursor.failures ? null : viaCursor.rps, page1.rps, '>= 0.5'),
    row(`booths list page ${deep.toLocaleString('en')} via after, vs new SQL`, 'req/s', viaCursor.failures ? null : viaCursor.rps, bareCursor.rps, 'info'),
    row(`booths list page ${deep.toLocaleString('en')} via page (offset), vs page 1`, 'req/s', viaPage.failures ? null : viaPage.rps, page1.rps, 'info'),
  )
  return rows
}

const per = (label: string, r: Load) => `${label} ${Math.round(r.rps)} req/s p50 ${r.p50} ms p99 ${r.p99} ms${r.failures ? `, ${r.failures} FAILED` : ''}`

export async function apiRows(servers: Servers, scale: Scale, timing: Timing, log: (line: string) => void): Promise<ResultRow[]> {
  const rows: ResultRow[] = []
  // Accepted booths: the plain user reading them may see them (a booth under review is a 404 to them).
  const booths = await adminQuery<{ id: string }>(`SELECT id FROM trade_booths WHERE status = 'accepted' ORDER BY random() LIMIT 1000`, databaseUrl)
  const boothIds = booths.map((b) => b.id)
  let nextBooth = 0
  const cases = [
    { name: 'single booth', path: `/api/tradebooth/get-single-details-tradebooth?id=${boothIds[0]}`, admin: false, rotate: true },
    { name: 'profile', path: '/api/user/profile', admin: false },
    { name: 'companies list (20/page)', path: '/api/company/get-details-companies', admin: false },
    { name: 'rooms list (20/page, plain user)', path: '/api/rooms', admin: false },
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
      row(`${c.name} throughput`, 'req/s', ours.failures ? null : ours.rps, bare.rps, '>= 0.85'),
      row(`${c.name} p50`, 'ms', ours.p50, bare.p50, 'info'),
      row(`${c.name} p99`, 'ms', ours.failures ? null : ours.p99, bare.p99, '<= 1.3x'),
    )
  }

  // Sign-in under load: 8 clients signing in (each request a distinct user and client address)
  // while 32 connections read the booths list; the list's p99 against its p99 without sign-ins.
  const list = { name: 'booths list (status, 50/page)', path: '/api/tradebooth/get-details-tradebooths?status=accepted&page_size=50' }
  const listToken = await logIn(servers.ours, userEmail(4))
  results.set(list.name, await load({ url: `${servers.ours}${list.path}`, headers: bearer(listToken), ...timing }))
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
  rows.push(...(await analyticsRows(servers, timing, log)))
  return rows
}

/**
 * Issue 17: a booth's analytics (its show days by the hour: 72 buckets) read by an organiser,
 * rotating over 1,000 accepted booths, on server.ts and on the bare server sending the same three
 * statements (lib/services/analytics/analytics-sql.ts): p99 at most 50 ms, and against the bare SQL.
 */
async function analyticsRows(servers: Servers, timing: Timing, log: (line: string) => void): Promise<ResultRow[]> {
  const booths = await adminQuery<{ id: string; date: string }>(
    `SELECT id, to_char(date, 'YYYY-MM-DD') AS date FROM trade_booths WHERE status = 'accepted' ORDER BY random() LIMIT 1000`,
    databaseUrl,
  )
  const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
  const paths = booths.map((booth) => `/api/tradebooth/analytics?id=${booth.id}&from=${booth.date}&to=${plusDays(booth.date, 2)}&granularity=hour`)
  let next = 0
  const token = await logIn(servers.ours, ADMIN_EMAIL)
  const mismatch = await sameAnswer(servers, paths[0]!, token)
  if (mismatch) log(`WARNING booth analytics: server.ts and the baseline answer differently (${mismatch})`)
  const requests: Request[] = [{ setupRequest: (req: Request) => ({ ...req, path: paths[next++ % paths.length] }) }]
  const measure = (base: string) => load({ url: `${base}${paths[0]}`, headers: bearer(token), requests, ...timing })
  const bare = await measure(servers.bare)
  const ours = await measure(servers.ours)
  log(`booth analytics (72 hours): ${per('ours', ours)} | ${per('baseline', bare)}`)
  return [
    row('booth analytics (3 days by hour) p99', 'ms', ours.failures ? null : ours.p99, null, '<= 50 ms'),
    row('booth analytics (3 days by hour) p99 vs bare SQL', 'ms', ours.failures ? null : ours.p99, bare.p99, '<= 1.3x'),
    row('booth analytics (3 days by hour) throughput vs bare SQL', 'req/s', ours.failures ? null : ours.rps, bare.rps, '>= 0.85'),
  ]
}
