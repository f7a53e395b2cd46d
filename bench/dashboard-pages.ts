// Issue 14 §5, the dashboard under load: /booths and /users rendered for 32 concurrent connections of
// a signed-in admin at full scale, against the framework's own floor in the same server — /no-access
// for a signed-in plain user (a session read and a small server-rendered page, through the same root
// layout, page scheduler and Next request pipeline); then a crowd of 200 connections on the overview
// for 15 s while a probe times GET /api/health one request at a time, against the same probe idle.
import autocannon from 'autocannon'
import { ttfb } from './dashboard'
import { load, type Load } from './load'
import { row, type ResultRow } from './report'

interface Timing {
  warmup: number
  duration: number
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : Number.NaN
}

/** GET /api/health one at a time for `ms`, 50 ms apart: the wait of one more API client. */
async function healthProbe(base: string, ms: number): Promise<number[]> {
  const times: number[] = []
  const until = Date.now() + ms
  while (Date.now() < until) {
    times.push((await ttfb(`${base}/api/health`, '')).ms)
    await new Promise((wake) => setTimeout(wake, 50))
  }
  return times
}

const per = (label: string, r: Load) => `${label} ${r.rps.toFixed(1)} pages/s p50 ${r.p50} ms p99 ${r.p99} ms${r.failures ? `, ${r.failures} FAILED` : ''}`

export async function dashboardLoadRows(
  base: string,
  cookies: { admin: string; plain: string },
  timing: Timing,
  quick: boolean,
  log: (line: string) => void,
): Promise<ResultRow[]> {
  const rows: ResultRow[] = []
  const measure = (path: string, cookie: string) => load({ url: `${base}${path}`, headers: { cookie }, timeout: 30, ...timing })
  const floor = await measure('/no-access', cookies.plain)
  log(`dashboard floor: ${per('/no-access (plain user)', floor)}`)
  for (const path of ['/booths', '/users']) {
    const page = await measure(path, cookies.admin)
    log(`dashboard ${path}: ${per('admin', page)}`)
    rows.push(
      row(`dashboard ${path}, 32 connections: pages/s vs a trivial page`, 'pages/s', page.failures ? null : page.rps, floor.rps, '>= 0.5'),
      row(`dashboard ${path}, 32 connections: p99 vs a trivial page`, 'ms', page.failures ? null : page.p99, floor.p99, '<= 3x'),
    )
  }

  const seconds = quick ? 6 : 15
  // The pages above leave renders and collections behind: let them settle before timing "idle".
  await new Promise((wake) => setTimeout(wake, 3_000))
  const idle = await healthProbe(base, quick ? 2_000 : 5_000)
  const crowd = autocannon({ url: `${base}/`, connections: 200, duration: seconds, headers: { cookie: cookies.admin }, timeout: 30 })
  const loaded = await healthProbe(base, (seconds - 1) * 1000)
  const result = await crowd
  log(
    `200 connections on / for ${seconds} s: ${Math.round(result.requests.average)} pages/s, p99 ${result.latency.p99} ms, answers ${JSON.stringify(result.statusCodeStats)}; ` +
      `/api/health p99 idle ${quantile(idle, 0.99).toFixed(1)} ms, under the crowd ${quantile(loaded, 0.99).toFixed(1)} ms`,
  )
  rows.push(row('/api/health p99 under 200 dashboard connections (baseline: idle)', 'ms', quantile(loaded, 0.99), quantile(idle, 0.99), '<= 2x'))
  rows.push(row('dashboard / under 200 connections: pages/s', 'pages/s', result.requests.average, null, 'info'))
  return rows
}
