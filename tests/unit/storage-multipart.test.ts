import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readMultipart, type MultipartOptions } from '@/lib/api/multipart'
import { form } from '../helpers/uploads'

const URL_ = 'http://localhost/upload'
const options: MultipartOptions = { files: ['image', 'pdf'], maxFileBytes: 1024 }

/** The request a browser would send for this form. */
const formRequest = (fields: Parameters<typeof form>[0]) => new Request(URL_, { method: 'POST', body: form(fields) })

const raw = (body: BodyInit, contentType = 'multipart/form-data; boundary=xyz', headers: Record<string, string> = {}) =>
  new Request(URL_, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } })

const part = (name: string, value: string, filename?: string) =>
  `--xyz\r\nContent-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}\r\n\r\n${value}\r\n`

/**
 * A multipart body of one huge file, produced chunk by chunk on demand, that counts how much of it
 * the reader pulled: a reader that buffers the whole body would pull all of it.
 */
function streamedUpload(totalBytes: number) {
  const head = new TextEncoder().encode(part('name', 'Ada') + '--xyz\r\nContent-Disposition: form-data; name="image"; filename="big.png"\r\n\r\n')
  const chunk = new Uint8Array(16 * 1024).fill(0x41)
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(head)
      if (sent >= totalBytes) return controller.close()
      controller.enqueue(chunk)
      sent += chunk.byteLength
    },
  })
  const request = new Request(URL_, { method: 'POST', body, headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, duplex: 'half' } as RequestInit)
  return { request, pulled: () => sent }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  )

describe('readMultipart', () => {
  it('yields text fields and files (as File objects, with the client name and type as labels)', async () => {
    const values = await readMultipart(formRequest({ name: 'Ada', image: { bytes: new Uint8Array([1, 2, 3]), name: 'me.png', type: 'image/png' } }), options)
    expect(values.name).toBe('Ada')
    const image = values.image as File
    expect(image).toBeInstanceOf(File)
    expect([image.name, image.type, [...new Uint8Array(await image.arrayBuffer())]]).toEqual(['me.png', 'image/png', [1, 2, 3]])
  })

  it('validates with the same zod form schemas as parseBody did', async () => {
    const schema = z.strictObject({ name: z.string().min(1), image: z.instanceof(File).optional() })
    expect(schema.safeParse(await readMultipart(formRequest({ name: 'Ada', image: { bytes: new Uint8Array([1]), name: 'a' } }), options)).success).toBe(true)
    expect(schema.safeParse(await readMultipart(formRequest({ name: 'Ada', role: 'admin' }), options)).success).toBe(false)
  })

  it('reads an empty file input as an empty, nameless file or an empty field (both mean "no file" to the schemas)', async () => {
    // What browsers send for a file input left empty.
    const browser = '--xyz\r\nContent-Disposition: form-data; name="image"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--xyz--\r\n'
    const file = (await readMultipart(raw(browser), options)).image as File
    expect([file.size, file.name]).toEqual([0, ''])
    expect((await readMultipart(raw(part('image', '', '') + '--xyz--\r\n'), options)).image).toBe('')
  })

  it('stops reading with 413 as soon as a file passes the limit, leaving the rest of the body unread', async () => {
    const upload = streamedUpload(50 * 1024 * 1024)
    const error = await failure(readMultipart(upload.request, { files: ['image'], maxFileBytes: 64 * 1024 }))
    expect(error).toMatchObject({ code: 'payload_too_large', errors: { image: [expect.stringMatching(/larger than/)] } })
    // A few chunks past the limit (stream buffering), never the 50 MB.
    expect(upload.pulled()).toBeLessThan(1024 * 1024)
  })

  it('lets a file of exactly the limit through, and refuses one byte more', async () => {
    const exact = await readMultipart(formRequest({ image: { bytes: new Uint8Array(1024), name: 'a' } }), options)
    expect((exact.image as File).size).toBe(1024)
    const over = await failure(readMultipart(formRequest({ image: { bytes: new Uint8Array(1025), name: 'a' } }), options))
    expect(over).toMatchObject({ code: 'payload_too_large', errors: { image: ['image is larger than 1024 bytes'] } })
  })

  it('refuses a declared Content-Length over the sum of the limits before reading anything (413)', async () => {
    const error = await failure(readMultipart(raw('--xyz--', undefined, { 'content-length': String(50 * 1024 * 1024) }), options))
    expect(error).toMatchObject({ code: 'payload_too_large' })
  })

  it.each([
    ['no content type', raw('x', '')],
    ['JSON', raw('{"name":"Ada"}', 'application/json')],
    ['a urlencoded form', raw('name=Ada', 'application/x-www-form-urlencoded')],
    ['text', raw('name', 'text/plain')],
  ])('answers 415 for %s', async (_name, request) => {
    expect(await failure(readMultipart(request, options))).toMatchObject({ code: 'unsupported_media_type' })
  })

  it.each([
    ['an unterminated body', raw('--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nunterminated')],
    ['a boundary-less content type', raw(part('name', 'x'), 'multipart/form-data')],
    ['garbage part headers', raw('--xyz\r\nthis is not a header\r\n\r\nvalue\r\n--xyz--\r\n')],
    ['an empty body', raw('')],
    ['a file cut short', raw('--xyz\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n\r\nAAAA')],
  ])('answers 400 for %s', async (_name, request) => {
    expect(await failure(readMultipart(request, options))).toMatchObject({ code: 'bad_request' })
  })

  it('refuses a file in a field that takes none, and a field given twice (400, naming the field)', async () => {
    const stray = await failure(readMultipart(formRequest({ avatar: { bytes: new Uint8Array([1]), name: 'a.png' } }), options))
    expect(stray).toMatchObject({ code: 'bad_request', errors: { avatar: ['avatar does not take a file'] } })
    const twice = await failure(readMultipart(raw(part('name', 'a') + part('name', 'b') + '--xyz--\r\n'), options))
    expect(twice).toMatchObject({ code: 'bad_request', errors: { name: ['name is given more than once'] } })
    const twoFiles = await failure(readMultipart(raw(part('image', 'a', 'a.png') + part('image', 'b', 'b.png') + '--xyz--\r\n'), options))
    expect(twoFiles).toMatchObject({ code: 'bad_request', errors: { image: ['image is given more than once'] } })
  })

  it('caps the number of fields, files and the size of a text field (413)', async () => {
    const many = Array.from({ length: 5 }, (_, i) => part(`f${i}`, 'x')).join('') + '--xyz--\r\n'
    expect(await failure(readMultipart(raw(many), { ...options, maxFields: 4 }))).toMatchObject({ code: 'payload_too_large', message: 'At most 4 fields' })
    const files = part('image', 'a', 'a.png') + part('pdf', 'b', 'b.pdf') + part('image', 'c', 'c.png') + '--xyz--\r\n'
    expect(await failure(readMultipart(raw(files), options))).toMatchObject({ code: 'payload_too_large', message: 'At most 2 files' })
    const long = await failure(readMultipart(raw(part('description', 'x'.repeat(200)) + '--xyz--\r\n'), { ...options, maxFieldBytes: 100 }))
    expect(long).toMatchObject({ code: 'payload_too_large', errors: { description: ['description is longer than 100 bytes'] } })
  })
})
