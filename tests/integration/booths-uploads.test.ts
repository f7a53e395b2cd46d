import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { purgeExpiredBooths } from '@/lib/services/booths/purge-booths'
import type { BoothWithWarningsJson } from '@/lib/schemas/booths'
import { boothFields, createBooth, createBoothVia, docxBytes } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { NOT_IMAGES, PDF_BYTES, pngBytes } from '../helpers/images'
import { filesUnder, form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

const uploadDir = withTempUploadDir()

const png = () => ({ bytes: pngBytes(4, 3), name: 'booth.png', type: 'image/png' })
const pdf = () => ({ bytes: PDF_BYTES, name: 'brochure.pdf', type: 'application/pdf' })
const docx = () => ({ bytes: docxBytes(), name: 'brochure.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })

async function owner() {
  const me = await createUser()
  return { ...me, company: await insertCompany(me.user.id) }
}

const fileCount = async () => (await filesUnder(uploadDir())).length

describe('booth uploads', () => {
  it('accepts a real PNG, PDF and DOCX, and serves them back by their URLs', async () => {
    const me = await owner()
    const booth = await createBooth(me.bearer, { ...boothFields(me.company.id), image: png(), pdf: pdf(), docx: docx() })
    for (const url of [booth.image_url, booth.pdf_url, booth.docx_url]) expect(url).toMatch(/^\/api\/media\//)
    const files = await db().storedFile.findMany({ where: { ownerId: me.user.id }, select: { kind: true, contentType: true } })
    expect(files.map((file) => file.kind).sort()).toEqual(['docx', 'image', 'pdf'])
    const served = await api().request(new Request(new URL(booth.image_url!, 'http://localhost:3000'), { headers: me.bearer }))
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
  })

  it.each([
    ['an executable named .png as the image', { image: { bytes: NOT_IMAGES.executable, name: 'booth.png', type: 'image/png' } }, 'image'],
    ['an SVG as the image', { image: { bytes: NOT_IMAGES.svg, name: 'booth.svg', type: 'image/svg+xml' } }, 'image'],
    ['a PNG as the PDF', { pdf: { bytes: pngBytes(), name: 'brochure.pdf', type: 'application/pdf' } }, 'pdf'],
    ['a PDF as the DOCX', { docx: { bytes: PDF_BYTES, name: 'brochure.docx', type: 'application/octet-stream' } }, 'docx'],
  ])('refuses %s, naming the field, and leaves no file behind', async (_name, files, field) => {
    const me = await owner()
    const before = await fileCount()
    const answer = await createBoothVia(me.bearer, { ...boothFields(me.company.id), image: png(), ...files })
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toHaveProperty(field)
    expect(await fileCount()).toBe(before)
    expect(await db().tradeBooth.count({ where: { companyId: me.company.id } })).toBe(0)
    expect(await db().storedFile.count({ where: { ownerId: me.user.id } })).toBe(0)
  })

  it('removes the uploaded files when the booth cannot be written (duplicate → 409)', async () => {
    const me = await owner()
    const fields = boothFields(me.company.id)
    await createBooth(me.bearer, fields)
    const before = await fileCount()
    const answer = await createBoothVia(me.bearer, { ...fields, image: png(), pdf: pdf() })
    expect(answer.status).toBe(409)
    expect(await fileCount()).toBe(before)
    expect(await db().storedFile.count({ where: { ownerId: me.user.id } })).toBe(0)
  })

  it('replaces files on update and deletes the old ones', async () => {
    const me = await owner()
    const booth = await createBooth(me.bearer, { ...boothFields(me.company.id), image: png(), pdf: pdf() })
    const before = await fileCount()
    const answer = await send<BoothWithWarningsJson>(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${booth.id}`, {
      headers: me.bearer,
      body: form({ image: { bytes: pngBytes(5, 5), name: 'new.png' } }),
    })
    expect(answer.status).toBe(200)
    expect(answer.body.data.image_url).not.toBe(booth.image_url)
    expect(answer.body.data.pdf_url).toBe(booth.pdf_url)
    expect(await fileCount()).toBe(before)
    const oldId = booth.image_url!.split('/').pop()!
    expect(await db().storedFile.count({ where: { id: oldId } })).toBe(0)
  })

  it('keeps the files and the room of a deleted booth until the purge, unserved, then removes them', async () => {
    const me = await owner()
    const staff = await createUser({ role: 'staff' })
    const booth = await createBooth(me.bearer, { ...boothFields(me.company.id), image: png(), pdf: pdf(), docx: docx() })
    await send(api(), 'PATCH', `/api/tradebooth/status?id=${booth.id}`, { headers: staff.bearer, json: { status: 'accepted' } })
    const before = await fileCount()
    const answer = await send(api(), 'DELETE', `/api/tradebooth/delete-tradebooth?id=${booth.id}`, { headers: staff.bearer })
    expect(answer.status).toBe(200)
    expect(await fileCount()).toBe(before)
    expect(await db().room.count({ where: { boothId: booth.id } })).toBe(1)
    for (const url of [booth.image_url, booth.pdf_url, booth.docx_url]) {
      const served = await api().request(new Request(new URL(url!, 'http://localhost:3000'), { headers: staff.bearer }))
      expect(served.status).toBe(404)
    }

    expect(await purgeExpiredBooths(new Date(Date.now() + 31 * 24 * 60 * 60 * 1000))).toBe(1)
    expect(await fileCount()).toBe(before - 3)
    expect(await db().storedFile.count({ where: { ownerId: me.user.id } })).toBe(0)
    expect(await db().room.count({ where: { boothId: booth.id } })).toBe(0)
  })
})
