import { ZodError, z } from 'zod'

/**
 * Every failure a service can report on purpose. The codes are the domain's own vocabulary; the API
 * maps each one to an HTTP status (lib/api/errors.ts), the dashboard to a message, sockets to an ack.
 */
export const errorCodes = [
  'bad_request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'rate_limited',
  'internal',
  'unavailable',
] as const

export type ErrorCode = (typeof errorCodes)[number]
export type FieldErrors = Record<string, string[]>

/** The typed application error. Services throw it without knowing who will show it, or how. */
export class AppError extends Error {
  override name = 'AppError'
  readonly code: ErrorCode
  readonly errors?: FieldErrors
  readonly headers?: Record<string, string>

  constructor(code: ErrorCode, message: string, options: { errors?: FieldErrors; headers?: Record<string, string>; cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.code = code
    this.errors = options.errors
    this.headers = options.headers
  }

  /** The caller's mistake (or a refusal), as opposed to a fault of ours: safe to show as it is. */
  get isClientError(): boolean {
    return this.code !== 'internal' && this.code !== 'unavailable'
  }
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`)
export const forbidden = (message = 'You are not allowed to do this') => new AppError('forbidden', message)
export const unauthenticated = (message = 'Authentication required') => new AppError('unauthenticated', message)
/** Staff and admins must have a second factor, and this account has none yet. */
export const secondFactorNeeded = () =>
  new AppError('forbidden', 'Set up a second factor first: staff and admins must use one (POST /api/user/mfa/totp)', {
    errors: { mfa: ['Set up an authenticator app before doing anything else'] },
  })
export const conflict = (message: string, errors?: FieldErrors) => new AppError('conflict', message, { errors })

/**
 * Where failures about a whole part of a request, rather than one of its fields, are reported: a
 * JSON body that is not an object, an unknown field of a strict form, a socket event's payload
 * (`body`); a query string as a whole (`query`). Documented in the OpenAPI `Error` schema.
 */
export type RootErrorKey = 'body' | 'query' | 'path' | 'headers' | 'cookies'

/** A zod failure as field → messages; errors about the whole payload go under `root` (`body`). */
export function fieldErrors(error: ZodError, root: RootErrorKey = 'body'): FieldErrors {
  const flat = z.flattenError(error)
  const errors: FieldErrors = { ...(flat.fieldErrors as FieldErrors) }
  if (flat.formErrors.length) errors[root] = [...(errors[root] ?? []), ...flat.formErrors]
  return errors
}

export const validationError = (error: ZodError, root?: RootErrorKey) => new AppError('validation', 'Validation failed', { errors: fieldErrors(error, root) })
