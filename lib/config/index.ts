import { parseEnv, type Env } from './env'

const CACHE = Symbol.for('vicross.config')
type Holder = typeof globalThis & { [CACHE]?: Env }

/**
 * The validated configuration, read from the environment at run time (never baked into a build).
 * Cached per process; `resetConfig` exists for tests that change the environment.
 */
export function config(): Env {
  const holder = globalThis as Holder
  return (holder[CACHE] ??= parseEnv(process.env))
}

export function resetConfig(): void {
  delete (globalThis as Holder)[CACHE]
}

export function authSecret(): string {
  const secret = config().AUTH_SECRET
  if (!secret) throw new Error('Invalid configuration: AUTH_SECRET is required')
  return secret
}
