/*
 * Prisma errors are recognised by their code, never with instanceof: server.ts and Next's bundle
 * each load their own copy of the client classes.
 */
type WithCode = { code?: unknown; cause?: unknown; meta?: unknown; message?: unknown }

const codeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as WithCode).code : undefined)

// A raw query's violation arrives as P2010 with the driver adapter's error kept in meta.
const adapterCause = (error: unknown): { kind?: unknown; code?: unknown; originalCode?: unknown } | undefined => {
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

/** A row refers to one that does not exist (any more): Prisma's P2003, SQLSTATE 23503, from the builder or a raw query. */
export const isForeignKeyViolation = (error: unknown) =>
  codeOf(error) === 'P2003' ||
  codeOf(error) === '23503' ||
  adapterCause(error)?.kind === 'ForeignKeyConstraintViolation' ||
  adapterCause(error)?.originalCode === '23503'

// 22021 "invalid byte sequence for encoding UTF8" (a NUL in a text value, or bytes that are not
// UTF-8) and 22P05 "untranslatable character" (e.g. \u0000 in jsonb). Through the driver adapter
// they arrive as P2039 (query builder) or P2010 (raw query) with the SQLSTATE in meta.
const INVALID_TEXT: ReadonlySet<unknown> = new Set(['22021', '22P05'])

/** The database refused a text value's bytes (NUL, malformed encoding): the caller's input, not our fault. */
export const isInvalidTextEncoding = (error: unknown) =>
  INVALID_TEXT.has(codeOf(error)) || INVALID_TEXT.has(adapterCause(error)?.originalCode) || INVALID_TEXT.has(adapterCause(error)?.code)

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
