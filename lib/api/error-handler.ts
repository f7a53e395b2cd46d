import type { Context, ValidationTargets } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ZodError } from 'zod'
import { isDatabaseUnavailable, isForeignKeyViolation, isInvalidTextEncoding, isRecordNotFound, isUniqueViolation } from '@/lib/db/errors'
import { logger } from '@/lib/log/logger'
import type { ApiEnv } from './context'
import { envelope } from './envelope'
import { AppError, validationError, type RootErrorKey } from '@/lib/errors'
import { httpStatusOf } from './errors'

/** Which `errors` key a failure about a whole request part goes under, by Hono's validation target. */
const rootErrorKeys: Record<keyof ValidationTargets, RootErrorKey> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'headers',
  cookie: 'cookies',
}

/** A route's request that failed its zod schema: the 400 error, naming the part at fault. */
export const requestValidationError = (target: keyof ValidationTargets, error: ZodError) => validationError(error, rootErrorKeys[target])

/** Maps anything thrown by a route to an AppError; unknown errors become a generic 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof ZodError) return validationError(error)
  if (error instanceof HTTPException) {
    // Hono raises these for bodies it cannot parse (malformed JSON or multipart) and body limits.
    if (error.status === 413) return new AppError('payload_too_large', 'Payload too large')
    if (error.status === 415) return new AppError('unsupported_media_type', 'Expected an application/json body')
    if (error.status === 400) return new AppError('bad_request', 'Malformed request body')
    if (error.status === 401) return new AppError('unauthenticated', 'Authentication required')
  }
  if (isUniqueViolation(error)) return new AppError('conflict', 'A record with these values already exists')
  if (isRecordNotFound(error)) return new AppError('not_found', 'Resource not found')
  // A text value validation let through (every schema refuses NUL: lib/schemas/text.ts): still the caller's bytes.
  if (isInvalidTextEncoding(error)) return new AppError('bad_request', 'Text must not contain NUL characters or malformed Unicode')
  // Services check what a request refers to; a violation here means it was deleted meanwhile.
  if (isForeignKeyViolation(error)) return new AppError('conflict', 'A record this request refers to no longer exists')
  if (isDatabaseUnavailable(error)) return new AppError('unavailable', 'Service temporarily unavailable, please retry', { headers: { 'Retry-After': '5' } })
  return new AppError('internal', 'Something went wrong')
}

/** The response for an error: the envelope, the request id, and the detail only in the log. */
export function errorResponse(c: Context<ApiEnv>, error: unknown): Response {
  const appError = toAppError(error)
  const status = httpStatusOf(appError)
  const requestId = c.get('requestId')
  const log = logger().child({ reqId: requestId })
  // An outage answers every request with 503: one line each, not a stack trace each.
  if (appError.code === 'unavailable') log.warn({ reason: error instanceof Error ? error.message.slice(0, 200) : String(error) }, 'database unavailable')
  else if (status >= 500) log.error({ err: error }, 'request failed')
  else log.debug({ code: appError.code }, appError.message)
  for (const [name, value] of Object.entries(appError.headers ?? {})) c.header(name, value)
  // RFC 6750: a 401 says how to authenticate.
  if (status === 401) c.header('WWW-Authenticate', 'Bearer')
  const body = envelope(status, appError.message, null, { errors: appError.errors, request_id: requestId })
  return c.json(body, status as ContentfulStatusCode)
}
