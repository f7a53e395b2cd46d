import { processSingleton } from '@/lib/runtime/process-singleton'
import { parseEnv, type Env } from './env'

const cache = processSingleton('config', () => parseEnv(process.env))

/**
 * The validated configuration, read from the environment at run time (never baked into a build).
 * Cached per process; `resetConfig` exists for tests that change the environment.
 */
export function config(): Env {
  return cache.get()
}

export function resetConfig(): void {
  cache.clear()
}

export function authSecret(): string {
  const secret = config().AUTH_SECRET
  if (!secret) throw new Error('Invalid configuration: AUTH_SECRET is required')
  return secret
}
