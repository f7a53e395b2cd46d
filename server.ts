// One HTTP server for the dashboard (Next.js), the JSON API (Hono, served directly: Next's request
// pipeline costs ~13x the throughput) and Socket.IO. Used by `npm run dev` and `npm start`.
// `--api-only` serves the API and Socket.IO without the dashboard (extra processes behind a load
// balancer, and the multi-process tests).
import { randomUUID } from 'node:crypto'
import { createServer, type ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { ensureAuthSecret, loadEnvFiles } from '@/lib/config/env-files'

const dev = process.env.NODE_ENV !== 'production'
// No telemetry notice or upload from dev or start (the build script sets the same).
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const withDashboard = !process.argv.includes('--api-only')
loadEnvFiles(dev)
// Only development invents a secret; production refuses to start without one (lib/config/env.ts).
const generatedSecret = dev ? ensureAuthSecret() : false

const { ConfigError } = await import('@/lib/config/env')
const { config } = await import('@/lib/config')
let settings
try {
  settings = config()
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

const { logger } = await import('@/lib/log/logger')
const { api } = await import('@/lib/api/app')
const { closeDatabase, database } = await import('@/lib/db')
const { prepareDatabase } = await import('@/lib/server/prepare-database')
const { attachSocketServer } = await import('@/lib/realtime/socket-server')
const { routeRequest } = await import('@/lib/server/route-request')
const { createPageScheduler, isStaticAsset, pageClientKey } = await import('@/lib/server/page-scheduler')
const { CLIENT_IP_HEADER, becomeFrontDoor, clientAddress } = await import('@/lib/http/client-address')
const { markShuttingDown } = await import('@/lib/runtime/lifecycle')
const { gracefulCloser } = await import('@/lib/server/graceful-close')
const { rateLimitStoreReady } = await import('@/lib/rate-limit/store')
const { scheduleHousekeeping } = await import('@/lib/services/housekeeping')
const { settleAfterResponse } = await import('@/lib/services/auth/after-response')

const log = logger()
if (generatedSecret) log.info('Generated AUTH_SECRET into .env.local')

try {
  if (database().kind === 'pglite' || dev) await prepareDatabase(log)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

// Shared rate limits from the first request; an unreachable Redis falls back to per-process counts.
if (!(await rateLimitStoreReady())) log.warn('Redis unreachable: rate limits are counted per process until it answers')

const { PORT: port, HOST: hostname } = settings
const httpServer = createServer()
const nextApp = withDashboard ? (await import('next')).default({ dev, hostname, port, httpServer }) : undefined
const handleNext = nextApp?.getRequestHandler()
await nextApp?.prepare()

const handleApi = getRequestListener(api().fetch)
const pages = createPageScheduler({ concurrency: settings.PAGE_CONCURRENCY, queuePerClient: settings.PAGE_QUEUE_PER_CLIENT, maxWaitMs: 10_000 })
/**
 * A page that may not wait: this client has too many waiting already, or waited too long. The
 * refusal itself waits a second, so that a client retrying at once cannot turn refusals into a
 * storm that costs more CPU than the pages it was refused.
 */
function refuseBusy(res: ServerResponse): void {
  const timer = setTimeout(() => {
    if (res.headersSent || res.writableEnded || res.destroyed) return
    res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '2', 'Cache-Control': 'no-store' })
    res.end('<!doctype html><title>Busy</title><p>The dashboard is busy with your other requests. Retry in a moment.</p>')
  }, 1_000)
  res.once('close', () => clearTimeout(timer))
}
if (withDashboard) becomeFrontDoor()
// Registered before Socket.IO attaches: engine.io wraps existing listeners and keeps /socket.io to itself.
httpServer.on('request', (req, res) => {
  const routed = routeRequest(req.url)
  if (!handleNext || routed.api) {
    // Every spelling of an /api path is answered by this API, on its canonical path.
    if (routed.api) req.url = routed.url
    return void handleApi(req, res)
  }
  // What Next's code knows of the client's address: only what this server stamps (lib/http/client-address.ts).
  const clientIp = clientAddress([req.headers['x-forwarded-for']].flat().join(', ') || undefined, req.socket.remoteAddress)
  req.headers[CLIENT_IP_HEADER] = clientIp ?? ''
  const requestId = randomUUID()
  res.setHeader('X-Request-Id', requestId)
  const started = performance.now()
  res.on('finish', () =>
    log.debug({ reqId: requestId, method: req.method, path: req.url, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'page'),
  )
  if (isStaticAsset(routed.url.split('?', 1)[0]!)) return void handleNext(req, res)
  // Renders take turns, fairly between clients (lib/server/page-scheduler.ts).
  const withdraw = pages.submit(
    pageClientKey(req.headers.cookie, clientIp),
    (done) => {
      res.once('close', done)
      void handleNext(req, res)
    },
    () => refuseBusy(res),
  )
  res.once('close', withdraw)
})
const io = attachSocketServer(httpServer)
const closer = gracefulCloser(httpServer)
// Expired Idempotency-Keys, second-factor challenges and long-ended dashboard sessions go hourly.
const stopHousekeeping = scheduleHousekeeping()

httpServer.listen(port, hostname, () => {
  const address = httpServer.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  log.info(
    { port: actualPort, dev, dashboard: withDashboard, database: database().kind },
    `VI Cross ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${actualPort}`,
  )
  // Next attaches its upgrade (HMR) handler on the first request; make one now.
  if (dev && withDashboard) fetch(`http://127.0.0.1:${actualPort}/__warmup`).catch(() => {})
})

const GRACE_MS = settings.SHUTDOWN_GRACE_MS
let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log.info({ signal }, 'shutting down: finishing in-flight requests')
  markShuttingDown()
  const deadline = setTimeout(() => {
    log.warn('grace period over: closing remaining connections')
    httpServer.closeAllConnections()
  }, GRACE_MS)
  deadline.unref()
  io.disconnectSockets(true)
  // No new connections; every request already received, or arriving on an open connection, is answered.
  await closer.close({ acceptDrainMaxMs: Math.min(3_000, GRACE_MS / 3), firstRequestWaitMs: Math.min(2_000, GRACE_MS / 2) })
  clearTimeout(deadline)
  // The engine and adapters (the HTTP server is closed already, so its close callback only reports that).
  await new Promise<void>((resolve) => io.close(() => resolve()))
  await nextApp?.close().catch(() => {})
  await stopHousekeeping()
  // Mail and bookkeeping the auth services left for after their answers.
  await settleAfterResponse()
  await closeDatabase().catch((error: unknown) => log.error({ err: error }, 'closing the database failed'))
  log.info('stopped')
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
