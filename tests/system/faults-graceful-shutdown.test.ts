import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { io as connectSocket, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '@/lib/db/client'
import { pngBytes } from '../helpers/images'
import { POSTGRES_ADMIN_URL, adminQuery } from '../helpers/postgres'
import { startServerProcess, type ServerProcess } from '../helpers/server-process'
import { createMigratedDatabase, seedUsers, type SeededUser, type SystemDatabase } from '../helpers/system-database'

/*
 * SIGTERM under load: requests already in flight — slow
 * streamed uploads among them — finish with their real answers; new connections are refused (or
 * answered 503); open sockets are closed; the process exits 0 within SHUTDOWN_GRACE_MS.
 */
const GRACE_MS = 8_000
const SLOW_UPLOADS = 4
const CONCURRENT = 24

const reachable = await adminQuery(POSTGRES_ADMIN_URL, 'SELECT 1').then(
  () => true,
  (error: Error) => {
    if (process.env.CI) throw new Error(`PostgreSQL is required in CI but unreachable at ${POSTGRES_ADMIN_URL}: ${error.message}`)
    console.warn(`\n  NOTICE: PostgreSQL unreachable at ${POSTGRES_ADMIN_URL}; the graceful shutdown test is skipped.\n`)
    return false
  },
)

let database: SystemDatabase | undefined
let server: ServerProcess | undefined
let users: SeededUser[] = []

beforeAll(async () => {
  if (!reachable) return
  database = await createMigratedDatabase(POSTGRES_ADMIN_URL)
  users = await seedUsers(database.url, 8)
  // At info level the server logs when it starts shutting down: the probes below wait for that line.
  server = await startServerProcess({
    args: ['--api-only'],
    env: { NODE_ENV: 'production', LOG_LEVEL: 'info', DATABASE_URL: database.url, SHUTDOWN_GRACE_MS: String(GRACE_MS) },
  })
})

afterAll(async () => {
  await server?.stop('SIGKILL')
  // FAULTS_LOG_DIR=/tmp keeps what the server logged, for a failure's post-mortem.
  if (process.env.FAULTS_LOG_DIR) writeFileSync(join(process.env.FAULTS_LOG_DIR, 'faults-graceful-shutdown.log'), server?.output() ?? '')
  await database?.drop()
})

interface Answer {
  status: number
  body: { status?: number; message?: string; data?: { id?: string; items?: unknown[] } | null }
  finishedAt: number
}

/** The TCP connections of the requests sent so far (resolved once connected, or failed). */
let connections: Array<Promise<void>> = []

/** One request on its own connection (no keep-alive pool), body written by `write`. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  write: (req: ReturnType<typeof httpRequest>) => Promise<void> | void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server!.url}${path}`, { method, headers, agent: false }, (res: IncomingMessage) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'], finishedAt: Date.now() })
        } catch {
          reject(new Error(`${method} ${path}: not JSON (${res.statusCode}): ${text.slice(0, 200)}`))
        }
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    connections.push(
      new Promise<void>((connected) => {
        req.once('error', () => connected())
        req.once('socket', (socket) => (socket.connecting ? socket.once('connect', () => connected()) : connected()))
      }),
    )
    Promise.resolve(write(req)).then(() => req.end(), reject)
  })
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))
let counter = 0

/** A multipart create whose body (fields, then a logo) trickles in over `durationMs`. */
function slowUpload(user: SeededUser, durationMs: number, bodyStarted: () => void): Promise<Answer> {
  const boundary = `----vicross${Date.now()}${++counter}`
  const field = (name: string, value: string) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  const head = Buffer.from(
    field('name', `Slow Upload Co ${counter}`) +
      field('location', 'Nantes') +
      field('size', '11-50') +
      `--${boundary}\r\ncontent-disposition: form-data; name="image"; filename="logo.png"\r\ncontent-type: image/png\r\n\r\n`,
  )
  const body = Buffer.concat([head, Buffer.from(pngBytes(64, 64)), Buffer.from(`\r\n--${boundary}--\r\n`)])
  const pieces = 10
  const size = Math.ceil(body.length / pieces)
  return send(
    'POST',
    '/api/company/create-company',
    { authorization: user.authorization, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(body.length) },
    async (req) => {
      for (let i = 0; i < pieces; i++) {
        req.write(body.subarray(i * size, (i + 1) * size))
        if (i === 0) bodyStarted()
        await sleep(durationMs / pieces)
      }
    },
  )
}

function quickCreate(user: SeededUser): Promise<Answer> {
  const boundary = `----vicross${Date.now()}${++counter}`
  const body = `--${boundary}\r\ncontent-disposition: form-data; name="name"\r\n\r\nQuick Co ${counter}\r\n--${boundary}--\r\n`
  return send(
    'POST',
    '/api/company/create-company',
    { authorization: user.authorization, 'content-type': `multipart/form-data; boundary=${boundary}` },
    (req) => void req.write(body),
  )
}

const listCompanies = (user: SeededUser) => send('GET', '/api/company/get-details-companies?page_size=50', { authorization: user.authorization }, () => {})

/** A fresh connection after SIGTERM: refused, or (if it slipped in) a 503 readiness answer. */
function probeNewConnection(): Promise<{ refused: boolean; status?: number }> {
  return send('GET', '/api/health', {}, () => {}).then(
    (answer) => ({ refused: false, status: answer.status }),
    (error: NodeJS.ErrnoException) => ({ refused: error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET', status: undefined }),
  )
}

/** A connection opened now whose request is written only when `go()` is called; resolves with the raw answer. */
async function lateRequest(user: SeededUser): Promise<{ go(): Promise<string> }> {
  const socket = connect(server!.port, '127.0.0.1')
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  let text = ''
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()))
  socket.on('error', (error: NodeJS.ErrnoException) => (text += `\n${error.code}`))
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  return {
    async go() {
      socket.write(`GET /api/company/get-details-companies HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${user.authorization}\r\n\r\n`)
      await closed
      return text
    },
  }
}

const describeIf = reachable ? describe : describe.skip

describeIf('SIGTERM with requests in flight', () => {
  it('finishes every in-flight request with its real answer, refuses new ones, and exits 0 within the grace period', async () => {
    // Warm up the routes (tsx compiles modules on first use) so timings below are the shutdown's.
    expect((await quickCreate(users[0]!)).status).toBe(201)
    expect((await listCompanies(users[0]!)).status).toBe(200)

    const socket: Socket = connectSocket(server!.url, { transports: ['websocket'], reconnection: false, auth: { token: users[1]!.token }, forceNew: true })
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve)
      socket.once('connect_error', reject)
    })
    const socketClosed = new Promise<string>((resolve) => socket.once('disconnect', resolve))

    // Slow uploads first: their bodies are still arriving when the signal comes.
    let started = 0
    let allStarted!: () => void
    const uploadsStarted = new Promise<void>((resolve) => (allStarted = resolve))
    const uploads = Array.from({ length: SLOW_UPLOADS }, (_, i) =>
      slowUpload(users[i % users.length]!, 2_500, () => {
        if (++started === SLOW_UPLOADS) allStarted()
      }),
    )
    await uploadsStarted
    // A client that connected before the signal and sends its request just after it.
    const late = await lateRequest(users[3]!)
    connections = []
    const burst = Array.from({ length: CONCURRENT }, (_, i) => (i % 2 ? quickCreate(users[(i + 2) % users.length]!) : listCompanies(users[i % users.length]!)))
    // The signal comes as soon as every connection of the burst is established: its requests are
    // then in the server's accept queue or being parsed — the moment a careless close drops them.
    await Promise.all(connections)

    const signalledAt = Date.now()
    const exited = server!.stop('SIGTERM', GRACE_MS + 5_000)
    for (const deadline = Date.now() + 5_000; !server!.output().includes('shutting down') && Date.now() < deadline;) await sleep(10)
    const probes = await Promise.all([probeNewConnection(), probeNewConnection()])
    await sleep(100)
    const lateAnswer = late.go()

    // A dropped connection becomes status -1 with its error, so that the assertions below name it.
    const answers = await Promise.all(
      [...uploads, ...burst].map((answer) =>
        answer.catch((error: NodeJS.ErrnoException): Answer => ({ status: -1, body: { message: `${error.code}: ${error.message}` }, finishedAt: Date.now() })),
      ),
    )
    const exit = await exited
    const exitedAt = Date.now()

    // Every in-flight request got its real answer, not a 503 or a dropped connection.
    const uploadAnswers = answers.slice(0, SLOW_UPLOADS)
    for (const answer of uploadAnswers) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      expect(answer.finishedAt, 'the upload finished after the signal').toBeGreaterThan(signalledAt)
    }
    answers.slice(SLOW_UPLOADS).forEach((answer, i) => {
      expect(answer.status, JSON.stringify(answer.body)).toBe(i % 2 ? 201 : 200)
      expect(answer.body.status).toBe(answer.status)
    })

    // The late request on a connection opened before the signal is answered too, and told to close.
    const lateText = await lateAnswer
    expect(lateText, lateText).toMatch(/^HTTP\/1\.1 200/)
    expect(lateText.toLowerCase()).toContain('connection: close')

    // New connections after the signal: refused, or told the server is going away.
    for (const probe of probes) expect(probe.refused || probe.status === 503, JSON.stringify(probe)).toBe(true)

    expect(await socketClosed).toBeTruthy()
    expect(exit, server!.output()).toEqual({ code: 0, signal: null })
    expect(exitedAt - signalledAt).toBeLessThan(GRACE_MS)
    expect(server!.output()).not.toMatch(/uncaught|unhandled|grace period over/i)

    // The acknowledged creates are stored.
    const ids = answers.filter((a) => a.status === 201).map((a) => a.body.data!.id!)
    const check = openDatabase({ kind: 'postgres', url: database!.url })
    const stored = await check.prisma.company.count({ where: { id: { in: ids } } })
    await check.close()
    expect(stored).toBe(ids.length)
    console.info(`  graceful shutdown: ${answers.length} in-flight requests answered, exit 0 after ${exitedAt - signalledAt} ms`)
  })
})
