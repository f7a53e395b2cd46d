import type { AppError, ErrorCode } from '@/lib/errors'

/** The HTTP status each domain error code answers with. */
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
} as const satisfies Record<ErrorCode, number>

export const httpStatusOf = (error: AppError): (typeof errorStatus)[ErrorCode] => errorStatus[error.code]
