/*
 * Idempotency-Key for creates: a client that retries a POST (a timeout, a dropped connection) with
 * the same `Idempotency-Key` gets the first answer again instead of a second record.
 *
 *   middleware: [requireUser, limitCreates, idempotent()] as const
 *
 * Place it after `requireUser` (keys are per user). A request without the header passes straight
 * through, its body untouched (a streamed body stays streamed). A keyed request's body is read
 * whole first (at most `maxBodyBytes`, else 413) to be hashed, then handed on as it came.
 * - The first 2xx answer (status and JSON body) is stored for 24 h under (user, key) with the
 *   method, path and a sha256 of the request; a replay answers it with `Idempotent-Replayed: true`.
 * - The same key with another request (body, query, path or method) → 422.
 * - Concurrent duplicates: the key is claimed by an insert before the handler runs, so exactly one
 *   runs; the other answers 409 "still in progress" with `Retry-After: 1` (it does not wait), and
 *   its retry after the first finished is a replay.
 * - A non-2xx answer is not stored: the claim is released and the key can be retried.
 */
import { createHash } from 'node:crypto'
import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AuthUser } from '@/lib/auth/auth-user'
import type { Prisma } from '@/lib/generated/prisma/client'
import { logger } from '@/lib/log/logger'
import { maxUploadBytes } from '@/lib/storage/inspect-upload'
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey, type IdempotentRequest } from '@/lib/services/idempotency/idempotency-keys'
import type { ApiEnv } from '../context'
import { AppError } from '@/lib/errors'

/** 1–255 visible ASCII characters (a UUID is the usual choice). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/

/** Add to a route's `request.headers` so that the OpenAPI document shows the header (names are case-insensitive; Hono lower-cases them). */
export const idempotencyKeyHeaders = z.object({
  'idempotency-key': z.string().regex(KEY_PATTERN).optional().openapi({
    description:
      'Any 1–255 visible characters, new per create (a UUID). A retry with the same key answers the first response; the same key with another request is a 422.',
    example: '5f0c7b1e-3c1d-4a8e-9b7a-2d4f6e8a0c1b',
  }),
})

/** Add to the success response's `headers` in the OpenAPI document. */
export const idempotentReplayedHeader = z.object({
  'Idempotent-Replayed': z
    .string()
    .optional()
    .openapi({ description: '`true` when this is the stored answer of an earlier request with the same Idempotency-Key' }),
})

/** A file's sha256, read in chunks (no second copy of a 10 MB upload). */
async function fileHash(file: Blob): Promise<string> {
  const hash = createHash('sha256')
  const reader = file.stream().getReader()
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) hash.update(chunk.value)
  return hash.digest('hex')
}

/** 413 before or while reading a body larger than the idempotent route takes. */
const tooLarge = () => new AppError('payload_too_large', 'The request body is too large')

/**
 * Reads the whole body (at most `maxBytes`) to hash it, and puts the same bytes back as the
 * request's body, so that the route reads it as usual (Hono's validators or the streaming
 * multipart reader, lib/api/multipart.ts).
 */
async function takeBody(c: Context<ApiEnv>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(c.req.header('content-length') ?? Number.NaN) > maxBytes) throw tooLarge()
  const body = c.req.raw.body
  if (!body) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = body.getReader()
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(chunk.value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  c.req.raw = new Request(c.req.raw, { body: bytes })
  return bytes
}

/**
 * What makes two requests "the same": method, path, query, and the body — JSON and other bodies
 * byte for byte; multipart by its field values and the sha256 of each file's bytes (a retried
 * multipart body gets a new boundary, so its raw bytes differ).
 */
async function requestHash(c: Context<ApiEnv>, body: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = createHash('sha256')
  const query = new URL(c.req.url).searchParams
  query.sort()
  hash.update(`${c.req.method} ${c.req.path}?${query.toString()}\n`)
  const contentType = c.req.header('content-type') ?? ''
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => null)
    if (form) {
      const entries = [...form.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      for (const [name, value] of entries) {
        const part = typeof value === 'string' ? { text: value } : { file: await fileHash(value), size: value.size }
        hash.update(`${JSON.stringify([name, part])}\n`)
      }
      return hash.digest('hex')
    }
  }
  // Malformed multipart falls through to its raw bytes; the route answers 400 for it anyway.
  hash.update(`${contentType}\n`)
  hash.update(body)
  return hash.digest('hex')
}

/** Stores the answer of a claimed request if it is a 2xx JSON answer; otherwise gives the key back. */
async function settle(c: Context<ApiEnv>, request: IdempotentRequest): Promise<void> {
  const status = c.res.status
  if (status < 200 || status >= 300) return releaseIdempotencyKey(request)
  let body: Prisma.InputJsonValue
  try {
    body = (await c.res.clone().json()) as Prisma.InputJsonValue
  } catch {
    logger().warn({ path: request.path }, 'idempotent route answered a non-JSON body; not stored')
    return releaseIdempotencyKey(request)
  }
  await completeIdempotencyKey(request, status, body)
}

export interface IdempotentOptions {
  /** The largest body a keyed request may have (it is read whole to be hashed); default 3 × MAX_UPLOAD_MB + 256 KiB. */
  maxBodyBytes?: number
}

/** The Idempotency-Key middleware for create routes (see the top of this file). */
export function idempotent(options: IdempotentOptions = {}) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const key = c.req.header('idempotency-key')
    if (key === undefined) return next()
    if (!KEY_PATTERN.test(key)) {
      throw new AppError('validation', 'Invalid Idempotency-Key header', { errors: { 'Idempotency-Key': ['Use 1 to 255 visible ASCII characters'] } })
    }
    const user = c.get('user') as AuthUser | undefined
    // A wiring mistake, not a client error: keys are per user, so requireUser must run first.
    if (!user) throw new Error('idempotent() must come after requireUser')

    const body = await takeBody(c, options.maxBodyBytes ?? 3 * maxUploadBytes() + 256 * 1024)
    const request: IdempotentRequest = { userId: user.id, key, method: c.req.method, path: c.req.path, requestHash: await requestHash(c, body) }
    const claim = await claimIdempotencyKey(request)
    if (claim.kind === 'mismatch') {
      throw new AppError('unprocessable', 'This Idempotency-Key was already used for a different request', {
        errors: { 'Idempotency-Key': ['Already used for a different request; use a new key for a new request'] },
      })
    }
    if (claim.kind === 'in_progress') {
      throw new AppError('conflict', 'A request with this Idempotency-Key is still in progress; retry shortly', { headers: { 'Retry-After': '1' } })
    }
    if (claim.kind === 'replay') {
      c.header('Idempotent-Replayed', 'true')
      return c.body(JSON.stringify(claim.body), claim.status as ContentfulStatusCode, { 'content-type': 'application/json' })
    }

    try {
      await next()
    } catch (error) {
      await releaseIdempotencyKey(request).catch(() => {})
      throw error
    }
    try {
      await settle(c, request)
    } catch (error) {
      // The answer still goes out; the claim stays "in progress" until it goes stale (IN_PROGRESS_STALE_MS).
      logger().error({ err: error, path: request.path }, 'could not store the idempotent answer')
    }
  })
}
