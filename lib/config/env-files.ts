import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import nextEnv from '@next/env'

/** Loads `.env*` files the way Next does, for processes Next does not start (server.ts, scripts). */
export function loadEnvFiles(dev = process.env.NODE_ENV !== 'production'): void {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error })
}

/**
 * A local first start has no AUTH_SECRET: generate one into `.env.local` so sessions survive
 * restarts. Returns true when it wrote one.
 */
export function ensureAuthSecret(dir = process.cwd()): boolean {
  if (process.env.AUTH_SECRET) return false
  const secret = randomBytes(32).toString('base64url')
  const file = join(dir, '.env.local')
  const prefix = existsSync(file) && !readFileSync(file, 'utf8').endsWith('\n') ? '\n' : ''
  appendFileSync(file, `${prefix}# Generated on first start; keep it secret.\nAUTH_SECRET=${secret}\n`, { mode: 0o600 })
  process.env.AUTH_SECRET = secret
  return true
}
