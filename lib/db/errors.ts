/*
 * Prisma errors are recognised by their code, never with instanceof: server.ts and Next's bundle
 * each load their own copy of the client classes.
 */
type WithCode = { code?: unknown; cause?: unknown; meta?: unknown; message?: unknown }

const codeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as WithCode).code : undefined)

export const isUniqueViolation = (error: unknown) => codeOf(error) === 'P2002' || codeOf(error) === '23505'
export const isRecordNotFound = (error: unknown) => codeOf(error) === 'P2025'
export const isForeignKeyViolation = (error: unknown) => codeOf(error) === 'P2003' || codeOf(error) === '23503'

const UNREACHABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'])
const UNREACHABLE_MESSAGE = /connection terminated|connection timeout|timeout exceeded when trying to connect|can't reach database|server closed the connection|DatabaseNotReachable/i

/** True when the database could not be reached (down, restarting, pool exhausted). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false
  const { code, cause, message } = error as WithCode
  if (typeof code === 'string' && UNREACHABLE.has(code)) return true
  if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return true
  return isDatabaseUnavailable(cause, depth + 1)
}
