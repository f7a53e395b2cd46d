import { keyedHash } from './secret-hash'
import { logger } from '@/lib/log/logger'
import type { AuthRequestMeta } from './request-meta'

export interface SecurityEventFields extends AuthRequestMeta {
  userId?: string | null
  /** Logged only as a keyed fingerprint: lines about one address correlate without the address itself. */
  email?: string
  [detail: string]: unknown
}

/**
 * One log line per security event (sign-in success and failure, lockouts, codes, resets). Time is
 * UTC (pino's ISO timestamp). Callers never pass passwords, codes or tokens.
 */
export function securityEvent(event: string, fields: SecurityEventFields, level: 'info' | 'warn' = 'info'): void {
  const { email, ...rest } = fields
  delete rest.userAgent
  const line = { event, ...rest, ...(email ? { emailRef: keyedHash('log-email', email).slice(0, 16) } : {}) }
  logger()[level](line, `security: ${event}`)
}
