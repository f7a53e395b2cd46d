/** Every failure a service or route can report on purpose, with the HTTP status it maps to. */
export const errorStatus = {
  bad_request: 400,
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const

export type ErrorCode = keyof typeof errorStatus
export type FieldErrors = Record<string, string[]>

/**
 * The typed application error. Services throw it without knowing about HTTP; the API's one error
 * mapper turns it into the envelope.
 */
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

  get status(): number {
    return errorStatus[this.code]
  }
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`)
export const forbidden = (message = 'You are not allowed to do this') => new AppError('forbidden', message)
export const unauthenticated = (message = 'Authentication required') => new AppError('unauthenticated', message)
export const conflict = (message: string, errors?: FieldErrors) => new AppError('conflict', message, { errors })
