// Room fan-out: 1,000 Socket.IO clients in one room, at saturation and at a fixed 100 msg/s,
// through server.ts against a bare Socket.IO server. The measurement itself belongs to the live
// rooms scale-out work, in bench/rooms-fanout.ts (`measureFanout`, with its bare server
// bench/bare-socket-server.ts); this file is the harness's side of that contract: it passes a
// FanoutContext and turns the FanoutResult into rows. Without that module (or its export) the
// fan-out rows are reported as not measured rather than failing the run.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { row, type ResultRow } from './report'
import type { Servers } from './api-cases'

export interface FanoutContext {
  /** server.ts under test (already running, seeded database). */
  url: string
  /** The environment server.ts runs with (DATABASE_URL, AUTH_SECRET, APP_URL…), for minting tokens or a bare server. */
  env: Record<string, string>
  clients: number
  /** Messages per second of the fixed-rate run. */
  rate: number
  quick: boolean
}

export interface FanoutFigures {
  deliveriesPerSecond: number
  p50: number
  p99: number
}

interface FanoutStats {
  messages: number
  missing: number
  refused: number
  timeToLastMs?: number
}

export interface FanoutResult {
  saturation: { ours: FanoutFigures; bare: FanoutFigures }
  fixedRate: { ours: FanoutFigures; bare: FanoutFigures }
  stats?: Record<'one' | 'saturated' | 'fixedRate', { ours: FanoutStats; bare: FanoutStats }>
  /** Two server.ts processes sharing Redis, the clients split between them. */
  twoProcesses?: { saturation: FanoutFigures; fixedRate: FanoutFigures; stats?: Record<'one' | 'saturated' | 'fixedRate', FanoutStats> }
  twoProcessesSkipped?: string
}

const MODULE = join(import.meta.dirname, 'rooms-fanout.ts')

function toRows(result: FanoutResult | null, note = ''): ResultRow[] {
  const rows: ResultRow[] = []
  for (const [label, key] of [
    ['saturation', 'saturation'],
    ['100 msg/s', 'fixedRate'],
  ] as const) {
    const r = result?.[key]
    rows.push(
      row(
        `room fan-out, 1,000 clients, ${label}: deliveries${note}`,
        'deliveries/s',
        r?.ours.deliveriesPerSecond ?? null,
        r?.bare.deliveriesPerSecond ?? null,
        key === 'saturation' ? '>= 0.9' : '>= 0.5',
      ),
      row(`room fan-out, 1,000 clients, ${label}: p50 send→receive${note}`, 'ms', r?.ours.p50 ?? null, r?.bare.p50 ?? null, 'info'),
      row(`room fan-out, 1,000 clients, ${label}: p99 send→receive${note}`, 'ms', r?.ours.p99 ?? null, r?.bare.p99 ?? null, '<= 2x'),
    )
  }
  // Two processes through Redis, next to one process (baseline: the one-process figure of the same run).
  const two = result?.twoProcesses
  const twoNote = note || (result && !two ? ` (not measured: ${result.twoProcessesSkipped ?? 'no result'})` : '')
  for (const [label, key] of [
    ['saturation', 'saturation'],
    ['100 msg/s', 'fixedRate'],
  ] as const) {
    rows.push(
      row(
        `room fan-out, 1,000 clients over 2 processes (Redis), ${label}: deliveries, vs 1 process${twoNote}`,
        'deliveries/s',
        two?.[key].deliveriesPerSecond ?? null,
        result?.[key].ours.deliveriesPerSecond ?? null,
        'info',
      ),
      row(
        `room fan-out, 1,000 clients over 2 processes (Redis), ${label}: p99 send→receive, vs 1 process${twoNote}`,
        'ms',
        two?.[key].p99 ?? null,
        result?.[key].ours.p99 ?? null,
        'info',
      ),
    )
  }
  const one = result?.stats?.one
  rows.push(
    row(
      `room fan-out, 1,000 clients, one message: time to the last client${note}`,
      'ms',
      one?.ours.timeToLastMs ?? null,
      one?.bare.timeToLastMs ?? null,
      'info',
    ),
  )
  return rows
}

/** Lost or refused messages make a fan-out figure suspect: say so next to the table. */
function warnings(result: FanoutResult): void {
  for (const [key, pair] of Object.entries(result.stats ?? {})) {
    for (const [server, s] of Object.entries(pair)) {
      if (s.missing || s.refused)
        console.log(`  WARNING fan-out ${key} (${server}): ${s.missing} deliveries missing, ${s.refused} sends refused of ${s.messages}`)
    }
  }
  for (const [key, s] of Object.entries(result.twoProcesses?.stats ?? {})) {
    if (s.missing || s.refused)
      console.log(`  WARNING fan-out ${key} (two processes): ${s.missing} deliveries missing, ${s.refused} sends refused of ${s.messages}`)
  }
}

export async function fanoutRows(servers: Servers, env: Record<string, string>, quick: boolean): Promise<ResultRow[]> {
  if (!existsSync(MODULE)) {
    console.log('  bench/rooms-fanout.ts is missing: fan-out not measured')
    return toRows(null, ' (not measured)')
  }
  // A computed specifier: the module is another work item's and may not exist at type-check time.
  const mod = (await import(pathToFileURL(MODULE).href)) as { measureFanout?: (context: FanoutContext) => Promise<FanoutResult> }
  if (typeof mod.measureFanout !== 'function') {
    console.log('  bench/rooms-fanout.ts exports no measureFanout: fan-out not measured')
    return toRows(null, ' (not measured)')
  }
  // A hung measurement must not hang the whole run (and keep its servers up): give up after a while.
  const limitMs = quick ? 240_000 : 600_000 // three servers measured in turn: ours, bare, two of ours through Redis
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), limitMs)))
  const result = await Promise.race([mod.measureFanout({ url: servers.ours, env, clients: 1000, rate: 100, quick }), timeout]).finally(() =>
    clearTimeout(timer),
  )
  if (!result) {
    console.log(`  WARNING fan-out gave no answer within ${limitMs / 1000} s: not measured`)
    return toRows(null, ' (timed out)')
  }
  warnings(result)
  return toRows(result)
}
