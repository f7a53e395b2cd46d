/*
 * Prisma errors are recognised by their code, never with instanceof: server.ts and Next's bundle
 * each load their own copy of the client classes.
 */
type WithCode = { code?: unknown; cause?: unknown; meta?: unknown; message?: unknown }

const codeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as WithCode).code : undefined)

// A raw query's violation arrives as P2010 with the driver adapter's error kept in meta.
const adapterCause = (error: unknown): { kind?: unknown; originalCode?: unknown } | undefined => {
  const meta = typeof error === 'object' && error !== null ? (error as WithCode).meta : undefined
  const adapterError = typeof meta === 'object' && meta !== null ? (meta as { driverAdapterError?: { cause?: unknown } }).driverAdapterError : undefined
  const cause = adapterError?.cause
  return typeof cause === 'object' && cause !== null ? cause : undefined
}

export const isUniqueViolation = (error: unknown) =>
  codeOf(error) === 'P2002' ||
  codeOf(error) === '23505' ||
  adapterCause(error)?.kind === 'UniqueConstraintViolation' ||
  adapterCause(error)?.originalCode === '23505'
export const isRecordNotFound = (error: unknown) => codeOf(error) === 'P2025'

// SQLSTATE class 08 (connection exceptions) and 57P01–57P03 (shutting down, crashed, starting up or
// recovering: "not yet accepting connections") mean the database cannot serve now, not a bad request.
const UNREACHABLE: ReadonlySet<string> = new Set([
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])
const UNREACHABLE_KINDS: ReadonlySet<string> = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])
const UNREACHABLE_MESSAGE =
  /connection terminated|connection timeout|timeout exceeded when trying to connect|can't reach database|server closed the connection|DatabaseNotReachable|not queryable|not yet accepting connections|database system is (starting up|shutting down|in recovery mode)/i

/** True when the database could not be reached (down, restarting, pool exhausted). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false
  const { code, cause, message } = error as WithCode
  const kind = (error as { kind?: unknown }).kind
  if (typeof code === 'string' && UNREACHABLE.has(code)) return true
  if (typeof kind === 'string' && UNREACHABLE_KINDS.has(kind)) return true
  if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return true
  // Prisma wraps a driver adapter's error (P2039 "Database error") and keeps the original in meta.
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(adapterCause(error), depth + 1)
}
