// Room fan-out: many Socket.IO clients in one room, one sender at a time, measured from the send
// (a timestamp inside the message text) to its arrival at every member. Against server.ts and a
// bare Socket.IO server (bench/bare-socket-server.ts) with the same events, each in its own process.
// All clients live in this one process, so on a small machine the clients' own parsing is part of
// what is measured, equally for both servers.
//
//   npx tsx bench/rooms-fanout.ts [--clients 1000] [--seconds 10] [--quick]
//       starts server.ts --api-only on a throwaway PostgreSQL database (dropped afterwards)
//   npx tsx bench/rooms-fanout.ts --url http://127.0.0.1:3000 --database-url postgres://… --auth-secret …
//       measures a running server (its database gets a room and the bench users)
//
// Besides one server.ts process, the same cases run on two `server.ts --api-only` processes sharing
// a redis-server of their own (the Socket.IO Redis adapter), with the clients split between them
// (`--no-two-processes` skips it).
//
// The benchmark harness (bench/run.ts via bench/fanout.ts) calls `measureFanout(context)`.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { io as connect, type Socket } from 'socket.io-client'

export type FanoutMode = 'one' | 'saturate' | { ratePerSec: number }

export interface FanoutOptions {
  /** The servers: client i connects to urls[i % urls.length]. */
  urls: string[]
  roomId: string
  /** One access token per client (distinct users: the per-user send limit); empty strings for the bare server. */
  tokens: string[]
  mode: FanoutMode
  /** saturate and fixed-rate runs: how long to send (default 10 s). */
  durationMs?: number
  /** 'one': how many single messages, each awaited by every client (default 7). */
  messages?: number
  /** saturate: messages awaiting their acknowledgement at any time (default 4). */
  inFlight?: number
}

export interface FanoutStats {
  clients: number
  /** Sends made (a fixed-rate run makes fewer than rate × duration when the sending loop falls behind). */
  sent: number
  messages: number
  deliveries: number
  /** Deliveries expected but not seen within the drain time. */
  missing: number
  /** Sends refused by the per-user limit (senders rotate over the clients: keep clients ≥ msg/s). */
  refused: number
  /** Sends that failed otherwise (an error acknowledgement, e.g. the database overloaded, or no answer in 30 s). */
  failed: number
  deliveriesPerSec: number
  p50Ms: number
  p99Ms: number
  /** 'one': median time from a send to its arrival at the last client. */
  timeToLastMs?: number
}

const CONNECT_BATCH = 50
const DRAIN_MS = 10_000
const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms))
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : NaN)
const median = (values: number[]) =>
  percentile(
    [...values].sort((x, y) => x - y),
    50,
  )
const round = (value: number) => Math.round(value * 10) / 10

/** Connects every client (in batches, spread over `urls`) and joins them all to the room. */
export async function connectClients(urls: string[], roomId: string, tokens: string[]): Promise<Socket[]> {
  const sockets: Socket[] = []
  for (let start = 0; start < tokens.length; start += CONNECT_BATCH) {
    const batch = tokens.slice(start, start + CONNECT_BATCH).map(async (token, offset) => {
      const socket = connect(urls[(start + offset) % urls.length]!, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        auth: token ? { token } : {},
      })
      sockets.push(socket)
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve)
        socket.once('connect_error', reject)
      })
      const joined = (await socket.timeout(30_000).emitWithAck('join_room', { room: roomId })) as { ok: boolean; error?: string }
      if (!joined.ok) throw new Error(`join_room refused: ${joined.error}`)
    })
    await Promise.all(batch).catch((error: unknown) => {
      for (const socket of sockets) socket.disconnect()
      throw error
    })
  }
  return sockets
}

/** One run on already connected clients. */
async function run(sockets: Socket[], roomId: string, options: FanoutOptions): Promise<FanoutStats> {
  const tag = `fanout:${randomBytes(3).toString('hex')}:`
  const latencies: number[] = []
  const sentAt = new Map<number, number>()
  const arrivals = new Map<number, number>()
  const lastArrival = new Map<number, number>()
  const listener = (message: { msg?: string }) => {
    if (!message.msg?.startsWith(tag)) return
    const now = performance.now()
    const [n, at] = message.msg.slice(tag.length).split(':').map(Number) as [number, number]
    latencies.push(now - at)
    arrivals.set(n, (arrivals.get(n) ?? 0) + 1)
    lastArrival.set(n, now)
  }
  for (const socket of sockets) socket.on('message', listener)
  let next = 0
  let refused = 0
  let failed = 0
  // Senders rotate over the clients: with 1,000 clients each user stays far below the per-user
  // limit (10 per 10 s). Refused and failed sends are counted; only stored ones are awaited.
  const send = async () => {
    const n = next++
    const at = performance.now()
    try {
      const answer = (await sockets[n % sockets.length]!.timeout(30_000).emitWithAck('message', { room: roomId, msg: `${tag}${n}:${at}` })) as {
        ok: boolean
        code?: string
        error?: string
      }
      if (answer.ok) sentAt.set(n, at)
      else if (answer.code === 'rate_limited') refused++
      else failed++
    } catch {
      failed++
    }
  }
  const everyoneHas = (n: number) => (arrivals.get(n) ?? 0) >= sockets.length
  const drain = async () => {
    const deadline = performance.now() + DRAIN_MS
    while (performance.now() < deadline && ![...sentAt.keys()].every(everyoneHas)) await sleep(10)
  }

  const started = performance.now()
  const durationMs = options.durationMs ?? 10_000
  const timesToLast: number[] = []
  if (options.mode === 'one') {
    for (let i = 0; i < (options.messages ?? 7); i++) {
      await send()
      await drain()
      timesToLast.push((lastArrival.get(i) ?? NaN) - sentAt.get(i)!)
      await sleep(200)
    }
  } else if (options.mode === 'saturate') {
    const lanes = Array.from({ length: options.inFlight ?? 4 }, async () => {
      while (performance.now() - started < durationMs) await send()
    })
    await Promise.all(lanes)
  } else {
    // Sends at the rate as far as this process's event loop lets the loop run: with its 1,000
    // clients busy receiving it falls behind, so fewer than rate × duration sends are made (`sent`
    // says how many; an open loop that catches up swamps both servers here, p99 then measures the
    // length of the run).
    const interval = 1000 / options.mode.ratePerSec
    const pending: Array<Promise<void>> = []
    for (let i = 0; performance.now() - started < durationMs; i++) {
      await sleep(Math.max(0, started + i * interval - performance.now()))
      pending.push(send())
    }
    await Promise.all(pending)
  }
  await drain()
  for (const socket of sockets) socket.off('message', listener)

  const messages = sentAt.size
  const deliveries = latencies.length
  const end = Math.max(...lastArrival.values())
  const sorted = latencies.sort((x, y) => x - y)
  return {
    clients: sockets.length,
    sent: next,
    messages,
    deliveries,
    missing: messages * sockets.length - deliveries,
    refused,
    failed,
    deliveriesPerSec: Math.round(deliveries / ((end - started) / 1000)),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    ...(timesToLast.length ? { timeToLastMs: round(median(timesToLast)) } : {}),
  }
}

/** Connects the clients, runs each mode in turn on them, disconnects. */
export async function runFanout(options: Omit<FanoutOptions, 'mode'> & { modes: FanoutMode[] }): Promise<FanoutStats[]> {
  const sockets = await connectClients(options.urls, options.roomId, options.tokens)
  try {
    await sleep(500) // the joins' presence updates settle before the clock starts
    const results: FanoutStats[] = []
    for (const mode of options.modes) results.push(await run(sockets, options.roomId, { ...options, mode }))
    return results
  } finally {
    for (const socket of sockets) socket.disconnect()
  }
}

const children = new Set<ReturnType<typeof spawn>>()

/** Runs a child process of this repository and resolves with its first stdout line that is JSON. */
function child(args: string[], env: Record<string, string>): Promise<{ line: string; stop: () => Promise<void> }> {
  const process_ = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  children.add(process_)
  process_.once('exit', () => children.delete(process_))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (process_.exitCode !== null || process_.signalCode !== null) return resolve()
      process_.once('exit', () => resolve())
      process_.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    let buffer = ''
    process_.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const line = buffer
        .split('\n')
        .slice(0, -1)
        .find((candidate) => candidate.startsWith('{'))
      if (line) resolve({ line, stop })
    })
    // Settled already if the line came; otherwise the process ended without giving it.
    process_.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before printing its JSON line`)))
  })
}

/** `npm run db:migrate` on the database of `env`, in a child process. */
function migrate(env: Record<string, string>): Promise<void> {
  const migrating = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return new Promise((resolve, reject) => migrating.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db:migrate exited with ${code}`)))))
}

/** The bare Socket.IO server (bench/bare-socket-server.ts) in its own process. */
export async function startBareSocketServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const { line, stop } = await child(['bench/bare-socket-server.ts'], {})
  return { url: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`, close: stop }
}

/**
 * A room and `clients` users with access tokens (one hour), created in the database of `env`
 * (DATABASE_URL; AUTH_SECRET and APP_URL as the server has them), by a child process so that this
 * process's own configuration is never touched.
 */
export async function prepareFanoutRoom(env: Record<string, string>, clients: number): Promise<{ roomId: string; tokens: string[] }> {
  const { line } = await child(['bench/rooms-fanout.ts', '--prepare', String(clients)], env)
  return JSON.parse(line) as { roomId: string; tokens: string[] }
}

async function prepareInThisProcess(clients: number): Promise<void> {
  const { db } = await import('@/lib/db')
  const { signAccessToken } = await import('@/lib/auth/access-token')
  const run = randomBytes(4).toString('hex')
  const room = await db().room.create({ data: { name: `Fan-out ${run}`, kind: 'general' }, select: { id: true } })
  const emails = Array.from({ length: clients }, (_, i) => `fanout-${run}-${i}@bench.example`)
  await db().user.createMany({ data: emails.map((email, i) => ({ email, name: `Fan-out ${i}`, emailVerified: new Date() })) })
  const users = await db().user.findMany({ where: { email: { in: emails } }, select: { id: true, role: true, sessionVersion: true } })
  const tokens = await Promise.all(users.map((user) => signAccessToken({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }, 3600)))
  // Done only once the (large) line is written: stdout to a pipe is asynchronous, and exit would cut it.
  await new Promise((written) => process.stdout.write(`${JSON.stringify({ roomId: room.id, tokens })}\n`, written))
}

/** What bench/fanout.ts passes (see its INTEGRATION POINT) and expects back. */
export interface FanoutContext {
  url: string
  env: Record<string, string>
  clients: number
  rate: number
  quick: boolean
  /** Also measure two server.ts --api-only processes sharing a redis-server (default true). */
  twoProcesses?: boolean
}
interface Figures {
  deliveriesPerSecond: number
  p50: number
  p99: number
}
type Case = 'one' | 'saturated' | 'fixedRate'
export interface FanoutResult {
  saturation: { ours: Figures; bare: Figures }
  fixedRate: { ours: Figures; bare: Figures }
  /** Everything measured, per case: one message at a time (time to last), saturated, fixed rate. */
  stats: Record<Case, { ours: FanoutStats; bare: FanoutStats }>
  /** The same cases on two server.ts processes through Redis, clients split between them (absent: not measured, `twoProcessesSkipped` says why). */
  twoProcesses?: { saturation: Figures; fixedRate: Figures; stats: Record<Case, FanoutStats> }
  twoProcessesSkipped?: string
}

const figures = (stats: FanoutStats): Figures => ({ deliveriesPerSecond: stats.deliveriesPerSec, p50: stats.p50Ms, p99: stats.p99Ms })

/**
 * Two `server.ts --api-only` processes (production mode) on the database of `env`, sharing a
 * redis-server of their own on a free port; `run` gets their URLs, everything is stopped after.
 */
async function withTwoProcesses<T>(env: Record<string, string>, run: (urls: string[]) => Promise<T>): Promise<T> {
  const { startServerProcess } = await import('../tests/helpers/server-process')
  const { startRedisServer } = await import('../tests/helpers/redis-server')
  const redis = await startRedisServer()
  const servers: Array<Awaited<ReturnType<typeof startServerProcess>>> = []
  try {
    const processEnv = { ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', REDIS_URL: redis.url }
    for (let i = 0; i < 2; i++) servers.push(await startServerProcess({ env: processEnv, args: ['--api-only'] }))
    return await run(servers.map((server) => server.url))
  } finally {
    await Promise.all(servers.map((server) => server.stop()))
    await redis.stop()
  }
}

/** server.ts (already running on `context.url`, database in `context.env`) against the bare server, then over two processes. */
export async function measureFanout(context: FanoutContext): Promise<FanoutResult> {
  const durationMs = context.quick ? 5_000 : 10_000
  const modes: FanoutMode[] = ['one', 'saturate', { ratePerSec: context.rate }]
  const { roomId, tokens } = await prepareFanoutRoom(context.env, context.clients)
  const [one, saturated, fixedRate] = await runFanout({ urls: [context.url], roomId, tokens, modes, durationMs })
  const bare = await startBareSocketServer()
  let oneBare: FanoutStats, saturatedBare: FanoutStats, fixedRateBare: FanoutStats
  try {
    ;[oneBare, saturatedBare, fixedRateBare] = (await runFanout({ urls: [bare.url], roomId: 'bench', tokens: tokens.map(() => ''), modes, durationMs })) as [
      FanoutStats,
      FanoutStats,
      FanoutStats,
    ]
  } finally {
    await bare.close()
  }
  const result: FanoutResult = {
    saturation: { ours: figures(saturated!), bare: figures(saturatedBare) },
    fixedRate: { ours: figures(fixedRate!), bare: figures(fixedRateBare) },
    stats: {
      one: { ours: one!, bare: oneBare },
      saturated: { ours: saturated!, bare: saturatedBare },
      fixedRate: { ours: fixedRate!, bare: fixedRateBare },
    },
  }
  const { redisServerAvailable } = await import('../tests/helpers/redis-server')
  if (context.twoProcesses === false) result.twoProcessesSkipped = 'not asked for'
  else if (!redisServerAvailable()) result.twoProcessesSkipped = 'no redis-server binary (REDIS_SERVER_BIN)'
  else {
    // A fresh room and users: the per-user send limit is shared through Redis there, and the first
    // runs' messages must not count.
    const second = await prepareFanoutRoom(context.env, context.clients)
    const [oneTwo, saturatedTwo, fixedRateTwo] = await withTwoProcesses(context.env, (urls) =>
      runFanout({ urls, roomId: second.roomId, tokens: second.tokens, modes, durationMs }),
    )
    result.twoProcesses = {
      saturation: figures(saturatedTwo!),
      fixedRate: figures(fixedRateTwo!),
      stats: { one: oneTwo!, saturated: saturatedTwo!, fixedRate: fixedRateTwo! },
    }
  }
  return result
}

function printResult(result: FanoutResult, clients: number, rate: number): void {
  const labels = { one: `one message at a time to ${clients} clients`, saturated: 'saturated (4 sends in flight)', fixedRate: `${rate} msg/s` }
  console.log('\n| case | server | time to last, median ms | sent | messages | deliveries/s | p50 ms | p99 ms | missing | refused | failed |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const key of ['one', 'saturated', 'fixedRate'] as const) {
    const servers: Array<[string, FanoutStats]> = [
      ['server.ts', result.stats[key].ours],
      ['bare Socket.IO', result.stats[key].bare],
    ]
    if (result.twoProcesses) servers.push(['server.ts × 2 (Redis)', result.twoProcesses.stats[key]])
    for (const [name, s] of servers) {
      const cells = [
        labels[key],
        name,
        s.timeToLastMs ?? '—',
        s.sent,
        s.messages,
        s.deliveriesPerSec.toLocaleString('en'),
        s.p50Ms,
        s.p99Ms,
        s.missing,
        s.refused,
        s.failed,
      ]
      console.log(`| ${cells.join(' | ')} |`)
    }
  }
  if (result.twoProcessesSkipped) console.log(`\ntwo processes not measured: ${result.twoProcessesSkipped}`)
  const ratio = (a: number, b: number) => (a / b).toFixed(2)
  console.log(
    `\nratios to bare: saturated deliveries ${ratio(result.saturation.ours.deliveriesPerSecond, result.saturation.bare.deliveriesPerSecond)}, ` +
      `saturated p99 ${ratio(result.saturation.ours.p99, result.saturation.bare.p99)}, ${rate} msg/s p99 ${ratio(result.fixedRate.ours.p99, result.fixedRate.bare.p99)}`,
  )
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const flag = (name: string) => {
    const index = argv.indexOf(`--${name}`)
    return index >= 0 ? argv[index + 1] : undefined
  }
  if (flag('prepare')) return prepareInThisProcess(Number(flag('prepare')))
  const quick = argv.includes('--quick')
  const clients = Number(flag('clients') ?? 1000)
  const rate = Number(flag('rate') ?? 100)
  const pg = (await import('pg')).default
  const { startServerProcess } = await import('../tests/helpers/server-process')
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const admin = async (sql: string) => {
    const client = new pg.Client(adminUrl)
    await client.connect()
    await client.query(sql).finally(() => client.end())
  }

  let url = flag('url')
  const env: Record<string, string> = {
    DATABASE_URL: flag('database-url') ?? process.env.DATABASE_URL ?? '',
    AUTH_SECRET: flag('auth-secret') ?? process.env.AUTH_SECRET ?? '',
    APP_URL: flag('app-url') ?? url ?? 'http://127.0.0.1',
  }
  const database = url ? undefined : `vicross_bench_fanout_${randomBytes(4).toString('hex')}`
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined
  const cleanUp = async () => {
    for (const running of children) running.kill('SIGTERM')
    await server?.stop()
    if (database) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)))
  try {
    if (database) {
      await admin(`CREATE DATABASE ${database}`)
      env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, `/${database}`)
      env.AUTH_SECRET = randomBytes(32).toString('base64url')
      await migrate(env)
      server = await startServerProcess({ env: { ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false' }, args: ['--api-only'] })
      url = server.url
      console.log(`server.ts --api-only on ${url}, database ${database} (throwaway)`)
    }
    console.log(`${clients} clients, ${quick ? 5 : 10} s per timed case; all clients in this process`)
    const result = await measureFanout({ url: url!, env, clients, rate, quick, twoProcesses: !argv.includes('--no-two-processes') })
    printResult(result, clients, rate)
  } catch (error) {
    if (server) console.error(`server.ts said:\n${server.output().slice(-5_000)}`)
    throw error
  } finally {
    await cleanUp()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
