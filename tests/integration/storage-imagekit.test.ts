import { Writable } from 'node:stream'
import pino from 'pino'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { AppError } from '@/lib/errors'
import { resetConfig } from '@/lib/config'
import { db } from '@/lib/db'
import { replaceLogger } from '@/lib/log/logger'
import type { UserJson } from '@/lib/schemas/users'
import { purgeExpiredUsers } from '@/lib/services/users/purge-users'
import { activeDriver, fileStorage } from '@/lib/storage/file-storage'
import { docxBytes, PDF_1_7 } from '../helpers/documents'
import { startImageKitStandIn, type ImageKitStandIn } from '../helpers/imagekit-stand-in'
import { JPEG_3X2, pngBytes } from '../helpers/images'
import { send } from '../helpers/http'
import { filesUnder, form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

const PRIVATE_KEY = 'private_test_K3y/with+base64=chars'
const VARIABLES = ['IMAGEKIT_PUBLIC_KEY', 'IMAGEKIT_PRIVATE_KEY', 'IMAGEKIT_URL_ENDPOINT', 'IMAGEKIT_API_BASE_URL'] as const

const uploadDir = withTempUploadDir()
let ik: ImageKitStandIn
const previous = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]))

function configure(values: Partial<Record<(typeof VARIABLES)[number], string>>) {
  for (const name of VARIABLES) {
    if (values[name] === undefined) delete process.env[name]
    else process.env[name] = values[name]
  }
  resetConfig()
}
const configureImageKit = () =>
  configure({ IMAGEKIT_PUBLIC_KEY: 'public_test_key', IMAGEKIT_PRIVATE_KEY: PRIVATE_KEY, IMAGEKIT_URL_ENDPOINT: ik.endpoint, IMAGEKIT_API_BASE_URL: ik.url })

beforeAll(async () => {
  ik = await startImageKitStandIn(PRIVATE_KEY)
})
beforeEach(() => {
  configureImageKit()
  ik.failUploads(null)
  ik.omitUrl(false)
  ik.requests.length = 0
})
afterAll(async () => {
  configure(previous as Record<string, string>)
  await ik.close()
})

const uploads = () => ik.requests.filter((request) => request.method === 'POST')
const deletes = () => ik.requests.filter((request) => request.method === 'DELETE').map((request) => request.path)

describe('choosing the driver', () => {
  it('uses ImageKit only when all three keys are set, deciding at each call', () => {
    expect(activeDriver().name).toBe('imagekit')
    configure({ IMAGEKIT_PRIVATE_KEY: PRIVATE_KEY, IMAGEKIT_API_BASE_URL: ik.url })
    expect(activeDriver().name).toBe('local')
    configure({})
    expect(activeDriver().name).toBe('local')
  })
})

describe('the ImageKit driver, against a stand-in that checks what the SDK sends', () => {
  it('uploads with Basic auth, our file name, a folder per kind and unique names, and records the answer', async () => {
    const { user } = await createUser()
    const bytes = pngBytes(3, 3)
    const row = await fileStorage.put({ bytes, kind: 'image', ownerId: user.id, originalName: '../me.png', field: 'image' })

    const [upload] = uploads()
    expect(upload).toMatchObject({ method: 'POST', path: '/api/v1/files/upload' })
    expect(upload!.contentType).toMatch(/^multipart\/form-data; boundary=/)
    // ImageKit's scheme: the private key is the user name; the SDK sends a fixed, ignored password.
    expect(upload!.basic?.startsWith(`${PRIVATE_KEY}:`)).toBe(true)
    expect(upload!.file?.bytes.equals(Buffer.from(bytes))).toBe(true)
    expect(upload!.fields).toMatchObject({ fileName: `${row.id}.png`, folder: '/vicross/image', useUniqueFileName: 'true' })
    // Nothing of the client's name reaches ImageKit.
    expect(JSON.stringify(upload!.fields)).not.toContain('me.png')

    expect(row).toMatchObject({ driver: 'imagekit', kind: 'image', contentType: 'image/png', originalName: 'me.png', ownerId: user.id })
    expect(row.key).toMatch(/^ik\d{6}abcdef$/)
    expect(row.url).toBe(`${ik.endpoint}/vicross/image/${row.id}_${row.key.slice(-6)}.png`)
    expect(await db().storedFile.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ driver: 'imagekit', key: row.key, url: row.url })
    expect(await filesUnder(uploadDir())).toEqual([])
  })

  it('files PDFs and DOCX documents in their own folders', async () => {
    await fileStorage.put({ bytes: PDF_1_7, kind: 'pdf', ownerId: null })
    await fileStorage.put({ bytes: docxBytes(), kind: 'docx', ownerId: null })
    expect(uploads().map((request) => request.fields.folder)).toEqual(['/vicross/pdf', '/vicross/docx'])
  })

  it('deletes by file id, with auth, together with the row', async () => {
    const row = await fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: null })
    await fileStorage.delete(row)
    expect(deletes()).toEqual([`/v1/files/${row.key}`])
    expect(ik.requests.at(-1)!.basic?.startsWith(`${PRIVATE_KEY}:`)).toBe(true)
    expect(await db().storedFile.findUnique({ where: { id: row.id } })).toBeNull()
  })

  it('a failed upload is a clear 503 error, without a row, and without the key anywhere', async () => {
    ik.failUploads(500)
    const rows = await db().storedFile.count()
    const error = await fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: null }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'unavailable', message: 'File storage is temporarily unavailable, please retry' })
    expect(await db().storedFile.count()).toBe(rows)
    // Only one attempt: a retried upload could leave a second, unreferenced copy.
    expect(uploads()).toHaveLength(1)

    const { bearer } = await createUser()
    const answer = await send(api(), 'PATCH', '/api/user/edit-user', { headers: bearer, body: form({ image: { bytes: pngBytes(), name: 'a.png' } }) })
    expect(answer.status).toBe(503)
    expect(answer.headers.get('retry-after')).toBe('5')
    expect(JSON.stringify(answer.body)).not.toContain(PRIVATE_KEY)
  })

  it('never writes the private key to the logs, even when ImageKit fails', async () => {
    const lines: string[] = []
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) })
    const original = replaceLogger(pino({ level: 'trace' }, sink))
    try {
      const { bearer } = await createUser()
      ik.failUploads(500)
      expect((await send(api(), 'PATCH', '/api/user/edit-user', { headers: bearer, body: form({ image: { bytes: pngBytes(), name: 'a.png' } }) })).status).toBe(
        503,
      )
      // A delete ImageKit refuses: the stand-in answers 401 to a key it does not know.
      configure({ IMAGEKIT_PUBLIC_KEY: 'p', IMAGEKIT_PRIVATE_KEY: `${PRIVATE_KEY}-wrong`, IMAGEKIT_URL_ENDPOINT: ik.endpoint, IMAGEKIT_API_BASE_URL: ik.url })
      await fileStorage.removeBytes([{ id: '01900000-0000-7000-8000-000000000000', driver: 'imagekit', key: 'ik000001abcdef' }])
    } finally {
      replaceLogger(original)
    }
    const logged = lines.join('')
    expect(logged).toContain('ImageKit upload failed')
    expect(logged).toContain('could not remove stored file')
    for (const secret of [PRIVATE_KEY, Buffer.from(`${PRIVATE_KEY}:`).toString('base64').slice(0, 20)]) expect(logged).not.toContain(secret)
  })

  it('an upload answered without a url is refused and the stored file removed', async () => {
    ik.omitUrl(true)
    await expect(fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: null })).rejects.toMatchObject({
      code: 'unavailable',
      message: 'File storage is temporarily unavailable, please retry',
    })
    expect(deletes()).toHaveLength(1)
  })

  it('removes the remote file when the row cannot be written (no orphan)', async () => {
    // An owner id that does not exist: the StoredFile insert fails on its foreign key (Prisma's P2003).
    await expect(fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: '01900000-0000-7000-8000-000000000000' })).rejects.toMatchObject({
      code: 'P2003',
    })
    expect(uploads()).toHaveLength(1)
    expect(deletes()).toHaveLength(1)
  })
})

describe('records whose files live on ImageKit', () => {
  it('replacing a profile image deletes the old remote file; the media route redirects to ImageKit', async () => {
    const { bearer } = await createUser()
    const edit = (bytes: Uint8Array) => send<UserJson>(api(), 'PATCH', '/api/user/edit-user', { headers: bearer, body: form({ image: { bytes, name: 'me' } }) })
    const first = await edit(pngBytes())
    expect(first.status).toBe(200)
    const firstRow = await db().storedFile.findFirstOrThrow({ where: { driver: 'imagekit' }, orderBy: { createdAt: 'desc' } })
    const media = await api().request(new Request(new URL(`/api/media/${firstRow.id}`, 'http://localhost:3000')))
    expect(media.status).toBe(302)
    expect(media.headers.get('location')).toBe(firstRow.url)

    const second = await edit(JPEG_3X2)
    expect(second.status).toBe(200)
    expect(deletes()).toEqual([`/v1/files/${firstRow.key}`])
    expect(await db().storedFile.findUnique({ where: { id: firstRow.id } })).toBeNull()
  })

  it('purging a deleted user deletes their remote files (kept while the account is in the trash)', async () => {
    const { user, bearer } = await createUser()
    const edited = await send(api(), 'PATCH', '/api/user/edit-user', {
      headers: bearer,
      body: form({ image: { bytes: pngBytes(), name: 'a.png' }, background_image: { bytes: JPEG_3X2, name: 'b.jpg' } }),
    })
    expect(edited.status).toBe(200)
    const keys = (await db().storedFile.findMany({ where: { ownerId: user.id }, select: { key: true } })).map((row) => `/v1/files/${row.key}`)
    expect(keys).toHaveLength(2)
    expect((await send(api(), 'DELETE', '/api/user/delete-user', { headers: bearer })).status).toBe(200)
    expect(deletes()).toEqual([])
    expect(await purgeExpiredUsers(new Date(Date.now() + 31 * 86_400_000))).toBe(1)
    expect(deletes().sort()).toEqual(keys.sort())
  })

  it('files written under an earlier configuration are still removed by their own driver', async () => {
    const remote = await fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: null })
    configure({})
    const local = await fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: null })
    expect(local.driver).toBe('local')
    configureImageKit()
    await fileStorage.delete(remote)
    await fileStorage.delete(local)
    expect(deletes()).toEqual([`/v1/files/${remote.key}`])
    expect(await filesUnder(uploadDir())).toEqual([])
  })
})
