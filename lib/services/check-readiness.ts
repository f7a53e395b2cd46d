import { database } from '@/lib/db'
import { isShuttingDown } from '@/lib/runtime/lifecycle'

export interface Readiness {
  ready: boolean
  database: 'up' | 'down'
  database_kind: 'postgres' | 'pglite'
  shutting_down: boolean
  latency_ms: number | null
}

const TIMEOUT_MS = 2_000

/** Ready when not shutting down and the database answers a round trip in time. */
export async function checkReadiness(): Promise<Readiness> {
  const started = performance.now()
  let up = false
  try {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('database ping timed out')), TIMEOUT_MS)))
    await Promise.race([database().ping(), timeout]).finally(() => clearTimeout(timer))
    up = true
  } catch {
    up = false
  }
  const shuttingDown = isShuttingDown()
  return {
    ready: up && !shuttingDown,
    database: up ? 'up' : 'down',
    database_kind: database().kind,
    shutting_down: shuttingDown,
    latency_ms: up ? Math.round((performance.now() - started) * 10) / 10 : null,
  }
}
