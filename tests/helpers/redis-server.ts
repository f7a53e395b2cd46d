import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { connect } from 'node:net'
import { freePort } from './server-process'

/*
 * A private redis-server for one test file, on a free port, without persistence: it can be stopped
 * and started again on the same port (a Redis outage) without touching the shared Redis that other
 * tests use.
 */

export const REDIS_SERVER_BIN = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server'
export const redisServerAvailable = () => existsSync(REDIS_SERVER_BIN)

export interface TestRedisServer {
  port: number
  /** `redis://127.0.0.1:<port>` */
  url: string
  running(): boolean
  /** Stops the server (SIGTERM, SIGKILL after 5 s) and waits until it has exited. */
  stop(): Promise<void>
  /** Starts it again on the same port and waits until it answers PING. */
  start(): Promise<void>
  /** Everything it logged (for a failing test's message). */
  output(): string
}

/** True once a PING on `port` gets +PONG back. */
function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1_000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}

export async function startRedisServer(options: { port?: number; readyTimeoutMs?: number } = {}): Promise<TestRedisServer> {
  const port = options.port ?? (await freePort())
  let child: ChildProcess | undefined
  let output = ''
  const running = () => !!child && child.exitCode === null && child.signalCode === null

  async function start(): Promise<void> {
    if (running()) return
    const current = spawn(REDIS_SERVER_BIN, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = current
    current.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    current.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const deadline = Date.now() + (options.readyTimeoutMs ?? 10_000)
    while (Date.now() < deadline) {
      if (current.exitCode !== null) throw new Error(`redis-server exited with ${current.exitCode}:\n${output}`)
      if (await pong(port)) return
      await new Promise((wake) => setTimeout(wake, 50))
    }
    current.kill('SIGKILL')
    throw new Error(`redis-server did not answer PING on ${port}:\n${output}`)
  }

  async function stop(): Promise<void> {
    const current = child
    if (!current || !running()) return
    const exited = new Promise((resolve) => current.once('exit', resolve))
    current.kill('SIGTERM')
    const timer = setTimeout(() => current.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }

  await start()
  return { port, url: `redis://127.0.0.1:${port}`, running, stop, start, output: () => output }
}
