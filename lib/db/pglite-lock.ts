import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError'
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * PGlite allows one process per data directory; a second one would corrupt it. A pid file beside
 * the directory turns that into a clear refusal. A lock left by a dead process is taken over.
 */
export function lockPgliteDir(dir: string): () => void {
  const lockPath = `${resolve(dir)}.lock`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' })
      let released = false
      const release = () => {
        if (released) return
        released = true
        rmSync(lockPath, { force: true })
        process.off('exit', release)
      }
      process.on('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number.parseInt(readFileSync(lockPath, 'utf8'), 10)
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseInUseError(
          `The embedded database ${dir} is in use by process ${owner} (is the server running?). ` +
            'Stop that process first, or set DATABASE_URL to a PostgreSQL database that several processes can share.',
        )
      }
      rmSync(lockPath, { force: true })
    }
  }
  throw new DatabaseInUseError(`Could not lock the embedded database ${dir}`)
}
