import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothWithWarningsJson } from '@/lib/schemas/booths'
import type { CompanyJson } from '@/lib/schemas/companies'
import type { UserJson } from '@/lib/schemas/users'
import { boothFields, createBooth, docxBytes } from '../helpers/booths'
import { createCompanyVia, insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { JPEG_3X2, PDF_BYTES, pngBytes } from '../helpers/images'
import { filesUnder, form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

// `remove_<field>=true` on the three update routes that take files: the field is cleared, the stored
// file (row and bytes) goes once the write has committed, as a replacement's old file does.
const uploadDir = withTempUploadDir()

const png = () => ({ bytes: pngBytes(4, 3), name: 'a.png', type: 'image/png' })
const pdf = () => ({ bytes: PDF_BYTES, name: 'brochure.pdf', type: 'application/pdf' })
const docx = () => ({ bytes: docxBytes(), name: 'brochure.docx', type: 'application/octet-stream' })
const fileId = (url: string | null) => url?.split('/').pop() ?? ''
const media = (url: string) => api().request(new Request(new URL(url, 'http://localhost:3000')))

/** The stored file behind a URL, with its key (its path under the upload directory). */
async function storedFor(url: string | null) {
  return db().storedFile.findUniqueOrThrow({ where: { id: fileId(url) }, select: { id: true, key: true } })
}

/** The row and the bytes are both gone, and the URL no longer serves anything. */
async function expectGone(file: { id: string; key: string }, url: string) {
  expect(await db().storedFile.findUnique({ where: { id: file.id } })).toBeNull()
  expect(await filesUnder(uploadDir())).not.toContain(file.key)
  expect((await media(url)).status).toBe(404)
}

const editUser = (headers: Record<string, string>, fields: Parameters<typeof form>[0]) =>
  send<UserJson>(api(), 'PATCH', '/api/user/edit-user', { headers, body: form(fields) })
const updateCompany = (headers: Record<string, string>, id: string, fields: Parameters<typeof form>[0]) =>
  send<CompanyJson>(api(), 'PUT', `/api/company/update-company?id=${id}`, { headers, body: form(fields) })
const updateBooth = (headers: Record<string, string>, id: string, fields: Parameters<typeof form>[0]) =>
  send<BoothWithWarningsJson>(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${id}`, { headers, body: form(fields) })

describe('PATCH /api/user/edit-user with remove_image / remove_background_image', () => {
  it('clears the image removed and deletes its file; the other image and the rest stay', async () => {
    const me = await createUser()
    const set = await editUser(me.bearer, { image: png(), background_image: { bytes: JPEG_3X2, name: 'b.jpg' } })
    expect(set.status).toBe(200)
    const image = await storedFor(set.body.data.image_url)

    const removed = await editUser(me.bearer, { remove_image: 'true', name: 'Still Me' })
    expect(removed.status).toBe(200)
    expect(removed.body.data).toMatchObject({ image_url: null, background_image_url: set.body.data.background_image_url, name: 'Still Me' })
    await expectGone(image, set.body.data.image_url!)
    expect((await media(set.body.data.background_image_url!)).status).toBe(200)

    // `false` (and removing what is not there) changes nothing.
    const kept = await editUser(me.bearer, { remove_background_image: 'false', remove_image: 'true' })
    expect(kept.body.data).toMatchObject({ image_url: null, background_image_url: set.body.data.background_image_url })

    const background = await storedFor(set.body.data.background_image_url)
    const both = await editUser(me.bearer, { remove_background_image: 'true' })
    expect(both.body.data.background_image_url).toBeNull()
    await expectGone(background, set.body.data.background_image_url!)
  })

  it('refuses a new file and its removal together (400 naming the field), changing nothing', async () => {
    const me = await createUser()
    const set = await editUser(me.bearer, { image: png() })
    const rows = await db().storedFile.count()
    const answer = await editUser(me.bearer, { image: { bytes: JPEG_3X2, name: 'b.jpg' }, remove_image: 'true' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.image?.[0]).toMatch(/^image cannot be replaced and removed at once/)
    expect(await db().storedFile.count()).toBe(rows)
    expect((await send<UserJson>(api(), 'GET', '/api/user/profile', { headers: me.bearer })).body.data.image_url).toBe(set.body.data.image_url)
    const invalid = await editUser(me.bearer, { remove_image: 'yes' })
    expect(invalid.status).toBe(400)
    expect(invalid.body.errors).toHaveProperty('remove_image')
  })

  it("only ever touches the caller's own images", async () => {
    const owner = await createUser()
    const other = await createUser({ role: 'admin' })
    const set = await editUser(owner.bearer, { image: png() })
    // The route has no id: another user (an admin included) removing "their" image leaves this one.
    await editUser(other.bearer, { remove_image: 'true' })
    expect((await media(set.body.data.image_url!)).status).toBe(200)
    expect((await db().user.findUniqueOrThrow({ where: { id: owner.user.id } })).imageFileId).toBe(fileId(set.body.data.image_url))
  })
})

describe('PUT /api/company/update-company with remove_image', () => {
  it('clears the logo and deletes its file, audited as a change of the logo', async () => {
    const me = await createUser()
    const company = await createCompanyVia(me.bearer, { image: png() })
    const logo = await storedFor(company.image_url)
    const answer = await updateCompany(me.bearer, company.id, { remove_image: 'true' })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ image_url: null, name: company.name })
    await expectGone(logo, company.image_url!)
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: 'company.updated', entityId: company.id }, orderBy: { createdAt: 'desc' } })
    expect(audit.details).toMatchObject({ changed: ['image'], removed: ['image'] })
  })

  it('refuses a new logo with remove_image (400 on image), storing nothing', async () => {
    const me = await createUser()
    const company = await createCompanyVia(me.bearer, { image: png() })
    const before = { rows: await db().storedFile.count(), files: (await filesUnder(uploadDir())).length }
    const answer = await updateCompany(me.bearer, company.id, { image: { bytes: JPEG_3X2, name: 'b.jpg' }, remove_image: 'true' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toHaveProperty('image')
    expect({ rows: await db().storedFile.count(), files: (await filesUnder(uploadDir())).length }).toEqual(before)
    expect((await media(company.image_url!)).status).toBe(200)
  })

  it("another user cannot remove a company's logo (403), which stays", async () => {
    const me = await createUser()
    const stranger = await createUser()
    const company = await createCompanyVia(me.bearer, { image: png() })
    const answer = await updateCompany(stranger.bearer, company.id, { remove_image: 'true' })
    expect(answer.status).toBe(403)
    expect((await media(company.image_url!)).status).toBe(200)
    expect((await db().company.findUniqueOrThrow({ where: { id: company.id } })).imageFileId).toBe(fileId(company.image_url))
  })
})

describe('PUT /api/tradebooth/update-tradebooth with remove_image / remove_pdf / remove_docx', () => {
  async function boothWithFiles() {
    const me = await createUser()
    const company = await insertCompany(me.user.id)
    const booth = await createBooth(me.bearer, { ...boothFields(company.id), image: png(), pdf: pdf(), docx: docx() })
    return { me, booth }
  }

  it('clears each file removed and deletes it; an accepted booth stays accepted; audited', async () => {
    const { me, booth } = await boothWithFiles()
    await db().tradeBooth.update({ where: { id: booth.id }, data: { status: 'accepted' } })
    const pdfFile = await storedFor(booth.pdf_url)
    const docxFile = await storedFor(booth.docx_url)
    const answer = await updateBooth(me.bearer, booth.id, { remove_pdf: 'true', remove_docx: 'true', title: 'Renamed' })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ pdf_url: null, docx_url: null, image_url: booth.image_url, title: 'Renamed', status: 'accepted' })
    await expectGone(pdfFile, booth.pdf_url!)
    await expectGone(docxFile, booth.docx_url!)
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: 'booth.updated', entityId: booth.id }, orderBy: { createdAt: 'desc' } })
    expect(audit.details).toMatchObject({ files: [], files_removed: ['pdf', 'docx'] })

    // Replacing one file and removing another in the same request.
    const imageFile = await storedFor(booth.image_url)
    const again = await updateBooth(me.bearer, booth.id, { remove_image: 'true', pdf: pdf() })
    expect(again.status).toBe(200)
    expect(again.body.data.image_url).toBeNull()
    expect(again.body.data.pdf_url).toMatch(/^\/api\/media\//)
    await expectGone(imageFile, booth.image_url!)
  })

  it('refuses a new file with its removal (400 naming the field): no file is stored, none deleted', async () => {
    const { me, booth } = await boothWithFiles()
    const before = { rows: await db().storedFile.count(), files: (await filesUnder(uploadDir())).length }
    const answer = await updateBooth(me.bearer, booth.id, { pdf: pdf(), remove_pdf: 'true', remove_image: 'true' })
    expect(answer.status).toBe(400)
    expect(Object.keys(answer.body.errors ?? {})).toEqual(['pdf'])
    expect({ rows: await db().storedFile.count(), files: (await filesUnder(uploadDir())).length }).toEqual(before)
    expect((await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })).imageFileId).toBe(fileId(booth.image_url))
  })

  it("another user cannot remove a booth's files (403 for an accepted booth, 404 for a pending one); they stay", async () => {
    const { booth } = await boothWithFiles()
    const stranger = await createUser()
    // A pending booth does not exist for anyone but its owner, staff and admins.
    expect((await updateBooth(stranger.bearer, booth.id, { remove_image: 'true' })).status).toBe(404)
    await db().tradeBooth.update({ where: { id: booth.id }, data: { status: 'accepted' } })
    expect((await updateBooth(stranger.bearer, booth.id, { remove_image: 'true', remove_pdf: 'true' })).status).toBe(403)
    for (const url of [booth.image_url!, booth.pdf_url!]) expect((await media(url)).status).toBe(200)
  })
})
