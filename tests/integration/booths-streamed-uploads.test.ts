import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothWithWarningsJson } from '@/lib/schemas/booths'
import { boothFields, createBooth, docxBytes } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { countingBody, sendStream } from '../helpers/request-streams'
import { PDF_BYTES, pngBytes } from '../helpers/images'
import { filesUnder, form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

// 0.05 MB = 51,200 bytes per file, so oversize is cheap to produce.
const uploadDir = withTempUploadDir({ maxUploadMb: 0.05 })

const CREATE = '/api/tradebooth/create-tradebooth'
const UPDATE = '/api/tradebooth/update-tradebooth'

type Fields = Parameters<typeof form>[0]
type Me = Awaited<ReturnType<typeof owner>>

const png = () => ({ bytes: pngBytes(4, 3), name: 'booth.png', type: 'image/png' })
const pdf = () => ({ bytes: PDF_BYTES, name: 'brochure.pdf', type: 'application/pdf' })

async function owner() {
  const me = await createUser()
  return { ...me, company: await insertCompany(me.user.id) }
}

/** What a refused request must leave as it was: the stored files (bytes and rows). */
const stored = async () => ({ files: (await filesUnder(uploadDir())).sort(), rows: await db().storedFile.count() })

/**
 * The two routes under test. `target` prepares one request: its path, the text fields of a valid
 * body, and a check that the refused request changed no booth.
 */
const ROUTES = {
  create: {
    method: 'POST',
    async target(me: Me) {
      return {
        path: CREATE,
        fields: boothFields(me.company.id) as Fields,
        unchanged: async () => expect(await db().tradeBooth.count({ where: { companyId: me.company.id } })).toBe(0),
      }
    },
  },
  update: {
    method: 'PUT',
    async target(me: Me) {
      const booth = await createBooth(me.bearer, { ...boothFields(me.company.id), image: png() })
      const row = await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })
      return {
        path: `${UPDATE}?id=${booth.id}`,
        fields: { title: 'Renamed' } as Fields,
        unchanged: async () => expect(await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })).toEqual(row),
      }
    },
  },
} as const
const routeNames = Object.keys(ROUTES) as (keyof typeof ROUTES)[]

const filePart = (field: string, filename: string) =>
  `--xyz\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`

describe.each(routeNames)('booth %s streams its multipart body', (name) => {
  const route = ROUTES[name]

  it('refuses a declared Content-Length over the limit with 413 before reading the body', async () => {
    const me = await owner()
    const target = await route.target(me)
    const before = await stored()
    const body = countingBody('--xyz--\r\n')
    const answer = await sendStream(
      route.method,
      target.path,
      { ...me.bearer, 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': '999999999' },
      body.stream,
    )
    expect(answer.status).toBe(413)
    expect(answer.body).toMatchObject({ status: 413, message: 'The request body is too large', data: null })
    expect(body.pulled()).toBe(0)
    expect(await stored()).toEqual(before)
    await target.unchanged()
  })

  it('never reads the body of an anonymous request (401 first)', async () => {
    const me = await owner()
    const target = await route.target(me)
    const body = countingBody(filePart('image', 'a.png'), 1024 * 1024)
    const answer = await sendStream(route.method, target.path, { 'content-type': 'multipart/form-data; boundary=xyz' }, body.stream)
    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ status: 401, data: null })
    expect(body.pulled()).toBe(0)
    await target.unchanged()
  })

  it.each(['image', 'pdf', 'docx'])('answers 413 naming %s for a file over MAX_UPLOAD_MB, storing nothing', async (field) => {
    const me = await owner()
    const target = await route.target(me)
    const before = await stored()
    const big = new Uint8Array(60_000)
    big.set(field === 'image' ? pngBytes() : field === 'pdf' ? PDF_BYTES : docxBytes())
    const answer = await send(api(), route.method, target.path, {
      headers: me.bearer,
      body: form({ ...target.fields, [field]: { bytes: big, name: `big.${field}` } }),
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toMatchObject({ status: 413, data: null, errors: { [field]: [`${field} is larger than 0.05 MB`] } })
    expect(Object.keys(answer.body.errors ?? {})).toEqual([field])
    expect(await stored()).toEqual(before)
    await target.unchanged()
  })

  it('stops reading a 20 MB file soon after it passes the limit (413 naming the field)', async () => {
    const me = await owner()
    const target = await route.target(me)
    const body = countingBody(filePart('pdf', 'huge.pdf'), 20 * 1024 * 1024)
    const answer = await sendStream(route.method, target.path, { ...me.bearer, 'content-type': 'multipart/form-data; boundary=xyz' }, body.stream)
    expect(answer.status).toBe(413)
    expect(answer.body).toMatchObject({ status: 413, errors: { pdf: ['pdf is larger than 0.05 MB'] } })
    expect(body.pulled()).toBeLessThan(512 * 1024)
    await target.unchanged()
  })

  it.each([
    ['JSON', 'application/json', '{"title":"x"}'],
    ['a URL-encoded form', 'application/x-www-form-urlencoded', 'title=x'],
    ['no content type', undefined, 'title=x'],
  ])('answers 415 for %s', async (_kind, contentType, text) => {
    const me = await owner()
    const target = await route.target(me)
    const answer = await send(api(), route.method, target.path, {
      headers: { ...me.bearer, ...(contentType ? { 'content-type': contentType } : {}) },
      body: text,
    })
    expect(answer.status).toBe(415)
    expect(answer.body).toMatchObject({ status: 415, message: 'Expected a multipart/form-data body', data: null })
    await target.unchanged()
  })

  it('answers 400 naming the field for a file in a text field, in an unknown field, or a file given twice', async () => {
    const me = await owner()
    const target = await route.target(me)
    const before = await stored()
    const inText = await send(api(), route.method, target.path, {
      headers: me.bearer,
      body: form({ ...target.fields, title: { bytes: pngBytes(), name: 'a.png' } }),
    })
    expect(inText).toMatchObject({ status: 400, body: { status: 400, data: null, errors: { title: ['title does not take a file'] } } })
    const unknown = await send(api(), route.method, target.path, { headers: me.bearer, body: form({ ...target.fields, brochure: pdf() }) })
    expect(unknown).toMatchObject({ status: 400, body: { status: 400, errors: { brochure: ['brochure does not take a file'] } } })
    const twice = form(target.fields)
    twice.append('image', new Blob([pngBytes().slice()], { type: 'image/png' }), 'a.png')
    twice.append('image', new Blob([pngBytes().slice()], { type: 'image/png' }), 'b.png')
    const given = await send(api(), route.method, target.path, { headers: me.bearer, body: twice })
    expect(given).toMatchObject({ status: 400, body: { status: 400, errors: { image: ['image is given more than once'] } } })
    expect(await stored()).toEqual(before)
    await target.unchanged()
  })

  it('still takes a valid body with all three files', async () => {
    const me = await owner()
    const target = await route.target(me)
    const docx = { bytes: docxBytes(), name: 'brochure.docx' }
    const answer = await send<BoothWithWarningsJson>(api(), route.method, target.path, {
      headers: me.bearer,
      body: form({ ...target.fields, image: png(), pdf: pdf(), docx }),
    })
    expect(answer.status).toBe(name === 'create' ? 201 : 200)
    for (const url of [answer.body.data.image_url, answer.body.data.pdf_url, answer.body.data.docx_url]) expect(url).toMatch(/^\/api\/media\//)
  })
})

describe('rate limit on booth creates', () => {
  it('allows 60 creates a minute per user, then 429 with Retry-After and RateLimit headers, without reading the body', async () => {
    const me = await owner()
    const other = await owner()
    // Invalid bodies are cheap and still count: the limit is taken before the body is read.
    for (let i = 0; i < 60; i++) {
      const answer = await send(api(), 'POST', CREATE, { headers: me.bearer, body: form({ title: 'no company' }) })
      expect(answer.status).toBe(400)
      if (i === 0) expect(answer.headers.get('ratelimit')).toBe('limit=60, remaining=59, reset=60')
    }
    const body = countingBody(filePart('image', 'a.png'), 1024 * 1024)
    const refused = await sendStream('POST', CREATE, { ...me.bearer, 'content-type': 'multipart/form-data; boundary=xyz' }, body.stream)
    expect(refused.status).toBe(429)
    expect(refused.body).toMatchObject({ status: 429, data: null })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('ratelimit')).toMatch(/^limit=60, remaining=0, reset=\d+$/)
    expect(body.pulled()).toBe(0)
    expect((await send(api(), 'POST', CREATE, { headers: other.bearer, body: form(boothFields(other.company.id)) })).status).toBe(201)
  })
})

describe('Idempotency-Key on create-tradebooth', () => {
  let keys = 0
  const newKey = () => `booth-key-${Date.now()}-${++keys}`
  // A new FormData (and so a new multipart boundary) per request, as a real retry would send.
  const create = (headers: Record<string, string>, key: string, fields: Fields) =>
    send<BoothWithWarningsJson>(api(), 'POST', CREATE, { headers: { ...headers, 'idempotency-key': key }, body: form(fields) })

  it('a retry with the same key answers the stored booth with Idempotent-Replayed and creates nothing', async () => {
    const me = await owner()
    const key = newKey()
    const fields = { ...boothFields(me.company.id), image: png(), pdf: pdf() }
    const first = await create(me.bearer, key, fields)
    expect(first.status).toBe(201)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    const again = await create(me.bearer, key, fields)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.body).toEqual(first.body)
    expect(again.body.data.id).toBe(first.body.data.id)
    expect(await db().tradeBooth.count({ where: { companyId: me.company.id } })).toBe(1)
    expect(await db().storedFile.count({ where: { ownerId: me.user.id } })).toBe(2)
    const row = await db().idempotencyKey.findUniqueOrThrow({ where: { userId_key: { userId: me.user.id, key } } })
    expect(row).toMatchObject({ method: 'POST', path: CREATE, status: 201 })
  })

  it('a keyed create with a file over MAX_UPLOAD_MB answers 413 naming the field and leaves the key free', async () => {
    const me = await owner()
    const key = newKey()
    const big = new Uint8Array(60_000)
    big.set(pngBytes())
    const refused = await create(me.bearer, key, { ...boothFields(me.company.id), image: { bytes: big, name: 'big.png' } })
    expect(refused.body).toMatchObject({ status: 413, data: null, errors: { image: ['image is larger than 0.05 MB'] } })
    const fixed = await create(me.bearer, key, { ...boothFields(me.company.id), image: png() })
    expect([fixed.status, fixed.headers.get('idempotent-replayed')]).toEqual([201, null])
  })

  it('refuses a keyed body declared over the limit with 413 before reading it, claiming nothing', async () => {
    const me = await owner()
    const body = countingBody('--xyz--\r\n')
    const answer = await sendStream(
      'POST',
      CREATE,
      { ...me.bearer, 'idempotency-key': newKey(), 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': '999999999' },
      body.stream,
    )
    expect(answer.body).toMatchObject({ status: 413, message: 'The request body is too large', data: null })
    expect(body.pulled()).toBe(0)
    expect(await db().idempotencyKey.count({ where: { userId: me.user.id } })).toBe(0)
  })
})
