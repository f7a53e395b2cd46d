import { describe, expect, it, vi } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { fileStorage } from '@/lib/storage/file-storage'
import { send } from '../helpers/http'
import { GIF_1X1, JPEG_3X2, NOT_IMAGES, PDF_BYTES, pngBytes } from '../helpers/images'
import { filesUnder, form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

// 0.05 MB = 51,200 bytes per file, so oversize is cheap to produce.
const uploadDir = withTempUploadDir({ maxUploadMb: 0.05 })

const upload = (headers: Record<string, string>, file: { bytes: Uint8Array; name: string; type?: string }, field = 'image') =>
  send<UserJson>(api(), 'PATCH', '/api/user/edit-user', { headers, body: form({ [field]: file }) })

const media = (url: string) => api().request(new Request(new URL(url, 'http://localhost:3000')))
const countRows = () => db().storedFile.count()

describe('image uploads (edit-user)', () => {
  it('accepts a real PNG and JPEG and serves them back with their real type', async () => {
    const { bearer } = await createUser()
    for (const [bytes, type] of [
      [pngBytes(), 'image/png'],
      [JPEG_3X2, 'image/jpeg'],
      [GIF_1X1, 'image/gif'],
    ] as const) {
      // The client's name and type are ignored: the bytes decide.
      const answer = await upload(bearer, { bytes, name: 'photo.bin', type: 'text/plain' })
      expect(answer.status).toBe(200)
      const response = await media(answer.body.data.image_url!)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(type)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('cache-control')).toContain('max-age=')
      expect(response.headers.get('content-disposition')).toBeNull()
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes)
    }
  })

  it('stores files under server-generated names, never the client’s', async () => {
    const { bearer } = await createUser()
    const answer = await upload(bearer, { bytes: pngBytes(), name: '../../etc/passwd.png' })
    expect(answer.status).toBe(200)
    const id = answer.body.data.image_url!.split('/').pop()!
    const row = await db().storedFile.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ driver: 'local', kind: 'image', contentType: 'image/png', originalName: 'passwd.png', url: `/api/media/${id}` })
    expect(row.key).toMatch(new RegExp(`^\\d{4}/\\d{2}/${id}\\.png$`))
    expect(await filesUnder(uploadDir())).toContain(row.key)
  })

  it.each(Object.entries(NOT_IMAGES))('refuses %s disguised as a PNG, storing nothing', async (_name, bytes) => {
    const { bearer } = await createUser()
    const before = { files: (await filesUnder(uploadDir())).length, rows: await countRows() }
    const answer = await upload(bearer, { bytes, name: 'avatar.png', type: 'image/png' })
    expect(answer.status).toBe(400)
    expect(answer.body.message).toMatch(/JPEG, PNG, WebP or GIF/)
    expect(answer.body.errors).toHaveProperty('image')
    expect({ files: (await filesUnder(uploadDir())).length, rows: await countRows() }).toEqual(before)
  })

  it('refuses an image whose header claims 100 megapixels', async () => {
    const { bearer } = await createUser()
    const answer = await upload(bearer, { bytes: pngBytes(1, 1, { width: 10_000, height: 10_000 }), name: 'bomb.png' })
    expect(answer.status).toBe(422)
    expect(answer.body.message).toMatch(/megapixels/)
  })

  it('answers 413 for a file over MAX_UPLOAD_MB, and for a body over the limit before reading it all', async () => {
    const { bearer } = await createUser()
    const big = new Uint8Array(60_000)
    big.set(pngBytes())
    const oneFile = await upload(bearer, { bytes: big, name: 'big.png' })
    expect(oneFile.status).toBe(413)
    const huge = await upload(bearer, { bytes: new Uint8Array(400_000), name: 'huge.png' })
    expect(huge.status).toBe(413)
    expect(huge.body).toMatchObject({ status: 413, data: null })
    // A declared Content-Length over the limit is refused from the header alone.
    const declared = await send(api(), 'PATCH', '/api/user/edit-user', {
      headers: { ...bearer, 'content-type': 'multipart/form-data; boundary=x', 'content-length': '10000000' },
      body: '--x--',
    })
    expect(declared.status).toBe(413)
  })

  it('streams the body: a 20 MB upload is refused after the first file bytes over the limit, the rest unread', async () => {
    const { bearer } = await createUser()
    const head = new TextEncoder().encode('--xyz\r\nContent-Disposition: form-data; name="image"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n')
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 0) controller.enqueue(head)
        if (pulled >= 20 * 1024 * 1024) return controller.close()
        controller.enqueue(new Uint8Array(16 * 1024))
        pulled += 16 * 1024
      },
    })
    const headers = { ...bearer, 'content-type': 'multipart/form-data; boundary=xyz' }
    const response = await api().request(
      new Request('http://localhost:3000/api/user/edit-user', { method: 'PATCH', headers, body, duplex: 'half' } as RequestInit),
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ status: 413, errors: { image: [expect.stringMatching(/larger than 0.05 MB/)] } })
    expect(pulled).toBeLessThan(512 * 1024)
  })

  it('refuses a file in a text field and an image given twice (400)', async () => {
    const { bearer } = await createUser()
    const stray = await send(api(), 'PATCH', '/api/user/edit-user', { headers: bearer, body: form({ name: { bytes: pngBytes(), name: 'a.png' } }) })
    expect(stray).toMatchObject({ status: 400, body: { errors: { name: ['name does not take a file'] } } })
    const twice = new FormData()
    twice.append('image', new Blob([pngBytes().slice()]), 'a.png')
    twice.append('image', new Blob([pngBytes().slice()]), 'b.png')
    expect((await send(api(), 'PATCH', '/api/user/edit-user', { headers: bearer, body: twice })).status).toBe(400)
  })

  it('replacing an image deletes the old file and its row', async () => {
    const { user, bearer } = await createUser()
    const first = await upload(bearer, { bytes: pngBytes(), name: 'a.png' })
    const firstId = first.body.data.image_url!.split('/').pop()!
    const firstKey = (await db().storedFile.findUniqueOrThrow({ where: { id: firstId } })).key
    const second = await upload(bearer, { bytes: JPEG_3X2, name: 'b.jpg' })
    expect(second.status).toBe(200)
    expect(await db().storedFile.findUnique({ where: { id: firstId } })).toBeNull()
    expect(await filesUnder(uploadDir())).not.toContain(firstKey)
    expect((await media(first.body.data.image_url!)).status).toBe(404)
    expect(await db().storedFile.count({ where: { ownerId: user.id } })).toBe(1)
  })

  it('leaves no orphan file when the database write after the upload fails', async () => {
    const { bearer } = await createUser()
    const before = { files: (await filesUnder(uploadDir())).sort(), rows: await countRows() }
    // The images are stored, then the profile's transaction fails: both images must be undone.
    const failUpdate = vi.spyOn(db(), '$transaction').mockRejectedValueOnce(new Error('simulated database failure'))
    try {
      const answer = await send(api(), 'PATCH', '/api/user/edit-user', {
        headers: bearer,
        body: form({ name: 'Orphan Check', image: { bytes: pngBytes(), name: 'a.png' }, background_image: { bytes: JPEG_3X2, name: 'b.jpg' } }),
      })
      expect(answer.body).toMatchObject({ status: 500, message: 'Something went wrong', data: null })
    } finally {
      failUpdate.mockRestore()
    }
    expect({ files: (await filesUnder(uploadDir())).sort(), rows: await countRows() }).toEqual(before)
  })
})

describe('the storage module', () => {
  it('removes the written bytes when its own row cannot be inserted', async () => {
    const before = (await filesUnder(uploadDir())).sort()
    // An owner id that does not exist: the StoredFile insert fails on its foreign key.
    await expect(fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: '01900000-0000-7000-8000-000000000000' })).rejects.toMatchObject({
      code: 'P2003',
    })
    expect((await filesUnder(uploadDir())).sort()).toEqual(before)
  })

  it('refuses bytes of another kind than expected', async () => {
    await expect(fileStorage.put({ bytes: PDF_BYTES, kind: 'image', ownerId: null })).rejects.toMatchObject({ code: 'validation' })
    await expect(fileStorage.put({ bytes: pngBytes(), kind: 'pdf', ownerId: null })).rejects.toMatchObject({ code: 'validation' })
    await expect(fileStorage.put({ bytes: new Uint8Array(0), kind: 'image', ownerId: null })).rejects.toMatchObject({ code: 'validation' })
  })

  it('serves a document as an attachment, and deletes it with its row', async () => {
    const file = await fileStorage.put({ bytes: PDF_BYTES, kind: 'pdf', ownerId: null, originalName: 'brochure.pdf' })
    const response = await media(file.url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
    await fileStorage.delete(file)
    expect(await db().storedFile.findUnique({ where: { id: file.id } })).toBeNull()
    expect(await filesUnder(uploadDir())).not.toContain(file.key)
  })

  it('answers a 404 envelope for unknown, malformed and traversal ids', async () => {
    for (const id of ['01900000-0000-7000-8000-000000000000', 'nope', '..%2F..%2Fetc%2Fpasswd']) {
      const answer = await send(api(), 'GET', `/api/media/${id}`)
      expect([id, answer.status, answer.body.status]).toEqual([id, 404, 404])
    }
  })
})
