import { execFile, execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

/*
 * A throwaway PostgreSQL cluster of the test's own, on a free port, that the test may stop and
 * start at will (the machine's shared PostgreSQL must never be restarted). initdb and postgres
 * refuse to run as root, so as root every command runs as the `postgres` OS user.
 */
const run = promisify(execFile)

/** The directory of initdb/pg_ctl: PG_BIN_DIR, the newest /usr/lib/postgresql/<v>/bin, or PATH. */
export function postgresBinDir(): string | undefined {
  const candidates = [process.env.PG_BIN_DIR, ...listVersions().map((version) => `/usr/lib/postgresql/${version}/bin`), '/usr/local/bin', '/usr/bin']
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')))
}

function listVersions(): string[] {
  try {
    return readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))
  } catch {
    return []
  }
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (typeof address !== 'object' || !address) throw new Error('no free port')
  return address.port
}

export interface PostgresCluster {
  port: number
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url(database?: string): string
  /** pg_ctl stop: `fast` disconnects clients and checkpoints; `immediate` is a crash (recovery on start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>
  /** Starts again on the same port and waits until it accepts connections. */
  start(): Promise<void>
  /** Stops (immediately) if running and deletes the data directory. */
  remove(): Promise<void>
}

const asRoot = () => process.getuid?.() === 0

function ownerIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

/** initdb into a fresh temporary directory, then start on a free port. */
export async function createPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir()
  if (!bin) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found; set PG_BIN_DIR')
  const dir = mkdtempSync(join(tmpdir(), 'vicross-pg-'))
  if (asRoot()) {
    const { uid, gid } = ownerIds()
    chownSync(dir, uid, gid)
  }
  const data = join(dir, 'data')
  const command = (name: string, args: string[]) =>
    asRoot() ? (['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]] as const) : ([join(bin, name), args] as const)
  const exec = async (name: string, args: string[]) => {
    const [file, argv] = command(name, args)
    await run(file, [...argv], { cwd: dir, timeout: 60_000 })
  }
  let port = await freePort()
  let running = false

  await exec('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'])
  // fsync off: a killed postgres (not a killed machine) loses nothing, and the tests are faster.
  const options = () => `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c full_page_writes=off -c max_connections=100`
  const start = async () => {
    await exec('pg_ctl', ['start', '-w', '-t', '30', '-D', data, '-l', join(dir, 'postgres.log'), '-o', options()])
    running = true
  }
  const stopSync = () => {
    if (!running) return
    const [file, argv] = command('pg_ctl', ['stop', '-m', 'immediate', '-w', '-D', data])
    try {
      execFileSync(file, [...argv], { stdio: 'ignore', timeout: 10_000 })
    } catch {
      // already stopped
    }
    running = false
  }
  // A crashed or interrupted test run must not leave a postgres behind.
  process.once('exit', stopSync)

  try {
    await start()
  } catch {
    // Someone took the port between the probe and the start: one more try on another one.
    port = await freePort()
    await start()
  }

  return {
    get port() {
      return port
    },
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop(mode = 'fast') {
      await exec('pg_ctl', ['stop', '-m', mode, '-w', '-t', '30', '-D', data])
      running = false
    },
    start,
    async remove() {
      stopSync()
      process.removeListener('exit', stopSync)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
