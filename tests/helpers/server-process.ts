import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

/*
 * `server.ts` as a real child process, for tests about processes: several of them behind one Redis,
 * restarts, signals. Started with `node --import tsx` directly (no npm wrapper), so the id we hold
 * is the server's own and stopping it never touches anything else.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const OUTPUT_MAX = 1_000_000

/** A port nobody listens on right now (the OS's pick, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolvePort(port))
    })
  })
}

export interface ExitStatus {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  child: ChildProcess
  /** Everything the process wrote to stdout and stderr so far (the last megabyte). */
  output(): string
  /** True until the process exits. */
  running(): boolean
  /** Resolves when the process exits, however it ends. */
  exited: Promise<ExitStatus>
  /** Sends `signal` (SIGTERM by default) and waits for the exit; SIGKILL if it has not exited after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<ExitStatus>
}

export interface ServerProcessOptions {
  /** Environment on top of this process's (vitest's own test variables removed). PORT and HOST are set here. */
  env: Record<string, string | undefined>
  /** Arguments after the script, e.g. ['--api-only']. */
  args?: string[]
  /** Default: a free port. */
  port?: number
  /** Default: `server.ts` in the project root. */
  script?: string
  /** Polled until it answers 200; null: do not wait. Default `/api/health`. */
  readyPath?: string | null
  readyTimeoutMs?: number
}

/** The environment a child gets: ours without what vitest set for this test process. */
function childEnv(extra: Record<string, string | undefined>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|TEST_DATABASE$|NODE_ENV$|LOG_LEVEL$|DATABASE_URL$|PGLITE_DIR$|REDIS_URL$)/.test(key)) env[key] = value
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return env
}

/** Starts the process and waits until `readyPath` answers 200 (rejects with its output if it exits first or never does). */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--import', 'tsx', options.script ?? 'server.ts', ...(options.args ?? [])], {
    cwd: ROOT,
    env: childEnv({ HOST: '127.0.0.1', ...options.env, PORT: String(port) }) as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    if (output.length > OUTPUT_MAX) output = output.slice(-OUTPUT_MAX)
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const exited = new Promise<ExitStatus>((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })))
  const running = () => child.exitCode === null && child.signalCode === null

  async function stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000): Promise<ExitStatus> {
    if (!running()) return exited
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    const status = await exited
    clearTimeout(timer)
    return status
  }

  const server: ServerProcess = { url, port, child, output: () => output, running, exited, stop }
  const readyPath = options.readyPath === undefined ? '/api/health' : options.readyPath
  if (readyPath === null) return server
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (!running()) throw new Error(`server.ts exited (${JSON.stringify(await exited)}) before it was ready:\n${output}`)
    const ok = await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(2_000) }).then(
      (answer) => answer.ok,
      () => false,
    )
    if (ok) return server
    await new Promise((wake) => setTimeout(wake, 100))
  }
  await stop('SIGKILL')
  throw new Error(`server.ts was not ready at ${url}${readyPath} in time:\n${output}`)
}
