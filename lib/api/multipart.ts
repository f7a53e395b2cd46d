/*
 * Streaming multipart/form-data for API routes, with memory bounded by the route's own limits.
 *
 * Hono's `parseBody` (and so a `multipart/form-data` body declared in `createRoute`, whose validator
 * calls it) buffers the whole body before anything is checked. This reader parses the Web `Request`
 * body as it arrives (busboy) and stops reading the moment a limit is crossed:
 *
 *   - wrong content type → 415; malformed multipart, a file in a field not listed in `files`, a
 *     field given twice → 400 envelope;
 *   - a file over `maxFileBytes` (default MAX_UPLOAD_MB) → 413 naming the field, as soon as its
 *     bytes pass the limit; a declared Content-Length or a streamed body over the sum of the limits,
 *     too many files or fields, a text field over `maxFieldBytes` → 413.
 *
 * So a request holds at most `files.length × maxFileBytes` of file bytes (plus small text fields).
 * Files come back as `File`s, so the same zod form schemas (`z.instanceof(File)`) validate them and
 * `readUploadedFile` reads them, exactly as with `parseBody`.
 *
 * Usage in a route file (see lib/api/routes/user/edit-user.ts):
 *
 *   const route = createRoute({ ..., request: { body: { required: true, content: {
 *     'multipart/form-data': { schema: createCompanyFormSchema } } } }, ... })   // the document
 *
 *   export function registerCreateCompany(app: OpenAPIHono<ApiEnv>) {
 *     app.openapi(streamedBodyRoute(app, route), async (c) => {
 *       const form = await parseMultipart(c, createCompanyFormSchema, { files: ['logo'] })
 *       const logo = await readUploadedFile(form.logo)   // then fileStorage.put({ bytes: logo.bytes, ... })
 *       ...
 *
 * `streamedBodyRoute` keeps the body schema in the OpenAPI document but leaves out the validator that
 * would buffer it; query, params and headers are still validated by the route as usual. Put
 * authentication in `middleware` (it runs first), so an anonymous body is never read.
 */
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi'
import busboy from 'busboy'
import type { Context, Env } from 'hono'
import type { z } from 'zod'
import { maxUploadBytes } from '@/lib/storage/inspect-upload'
import { AppError } from '@/lib/errors'

export interface MultipartOptions {
  /** The fields that may carry a file, each at most once; a file anywhere else is refused (400). */
  files: readonly string[]
  /** Bytes per file; default MAX_UPLOAD_MB (read at call time). */
  maxFileBytes?: number
  /** Text fields allowed; default 20. */
  maxFields?: number
  /** Bytes per text field; default 16 KiB. */
  maxFieldBytes?: number
}

export type MultipartValues = Record<string, string | File>

const MULTIPART = /^multipart\/form-data(\s*;|$)/i
// Room for part headers and boundaries on top of the payloads themselves.
const FRAMING_BYTES = 64 * 1024

const tooLarge = (message: string, field?: string) => new AppError('payload_too_large', message, field ? { errors: { [field]: [message] } } : {})
const badPart = (message: string, field?: string) => new AppError('bad_request', message, field ? { errors: { [field]: [message] } } : {})
// In the unit of MAX_UPLOAD_MB; tiny limits (tests, text fields) in bytes.
const mb = (bytes: number) => (bytes < 10 * 1024 ? `${bytes} bytes` : `${Math.round((bytes / 1024 / 1024) * 100) / 100} MB`)

/** Reads a multipart body as it streams in; see the header comment for limits and status codes. */
export async function readMultipart(request: Request, options: MultipartOptions): Promise<MultipartValues> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!MULTIPART.test(contentType)) throw new AppError('unsupported_media_type', 'Expected a multipart/form-data body')
  const maxFileBytes = options.maxFileBytes ?? maxUploadBytes()
  const maxFields = options.maxFields ?? 20
  const maxFieldBytes = options.maxFieldBytes ?? 16 * 1024
  const maxBodyBytes = options.files.length * maxFileBytes + maxFields * maxFieldBytes + FRAMING_BYTES
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > maxBodyBytes) throw tooLarge('The request body is too large')
  if (!request.body) throw badPart('The multipart body is empty')

  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      // busboy reports a file that reaches `fileSize` as over it: one byte more lets exactly the limit through.
      limits: {
        fileSize: maxFileBytes + 1,
        files: options.files.length,
        fields: maxFields,
        fieldSize: maxFieldBytes,
        parts: options.files.length + maxFields,
        headerPairs: 20,
      },
    })
  } catch {
    throw badPart('Malformed multipart content type (no boundary)')
  }
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
  const allowedFiles = new Set(options.files)
  const values: MultipartValues = {}
  const seen = new Set<string>()

  return new Promise<MultipartValues>((resolve, reject) => {
    let settled = false
    const fail = (error: AppError) => {
      if (settled) return
      settled = true
      // Stop reading: the rest of the body is never pulled into memory. Destroyed on the next tick
      // because busboy is still inside its own write when it emits a limit event.
      source.unpipe(parser)
      process.nextTick(() => {
        source.destroy()
        parser.destroy()
      })
      reject(error)
    }
    const claim = (name: string) => {
      if (seen.has(name)) return (fail(badPart(`${name} is given more than once`, name)), false)
      seen.add(name)
      return true
    }

    let received = 0
    source.on('data', (chunk: Buffer) => {
      received += chunk.byteLength
      if (received > maxBodyBytes) fail(tooLarge('The request body is too large'))
    })
    source.on('error', () => fail(badPart('The request body could not be read')))

    parser.on('file', (name, stream, info) => {
      // busboy destroys an unfinished file stream with an error when the body ends or is abandoned.
      stream.on('error', () => fail(badPart('Malformed multipart body')))
      if (!allowedFiles.has(name)) return fail(badPart(`${name} does not take a file`, name))
      if (!claim(name)) return
      const chunks: Buffer<ArrayBuffer>[] = []
      stream.on('data', (chunk: Buffer<ArrayBuffer>) => chunks.push(chunk))
      stream.on('limit', () => fail(tooLarge(`${name} is larger than ${mb(maxFileBytes)}`, name)))
      stream.on('end', () => {
        if (settled || stream.truncated) return
        values[name] = new File(chunks, info.filename ?? '', { type: info.mimeType })
        // The File holds its own copy; the chunks go now rather than with this closure.
        chunks.length = 0
      })
    })
    parser.on('field', (name, value, info) => {
      if (info.nameTruncated) return fail(badPart('A field name is too long'))
      if (info.valueTruncated) return fail(tooLarge(`${name} is longer than ${maxFieldBytes} bytes`, name))
      if (claim(name)) values[name] = value
    })
    parser.on('filesLimit', () => fail(tooLarge(`At most ${options.files.length} files`)))
    parser.on('fieldsLimit', () => fail(tooLarge(`At most ${maxFields} fields`)))
    parser.on('partsLimit', () => fail(tooLarge('Too many parts')))
    parser.on('error', () => fail(badPart('Malformed multipart body')))
    // busboy finishes only once every file stream has ended, so `values` is complete here.
    parser.on('finish', () => {
      if (settled) return
      settled = true
      resolve(values)
    })
    source.pipe(parser)
  })
}

/** Reads the request's multipart body and validates it with a form schema (400 with `errors`). */
export async function parseMultipart<S extends z.ZodType>(c: Context, schema: S, options: MultipartOptions): Promise<z.output<S>> {
  const values = await readMultipart(c.req.raw, options)
  // A ZodError becomes the 400 envelope with `errors` per field in the API's error mapper.
  return schema.parse(values)
}

/**
 * Registers a route's body (and the rest of it) in the OpenAPI document, and returns the route for
 * `app.openapi` without its body, so that no validator buffers the body before `parseMultipart`.
 */
export function streamedBodyRoute<E extends Env, R extends RouteConfig>(
  app: OpenAPIHono<E>,
  route: R,
): Omit<R, 'request'> & { request: Omit<NonNullable<R['request']>, 'body'>; hide: true } {
  // As app.openapi does: middleware is no part of the document.
  app.openAPIRegistry.registerPath({ ...route, middleware: undefined })
  const request = { ...route.request, body: undefined } as Omit<NonNullable<R['request']>, 'body'>
  return { ...route, request, hide: true }
}
