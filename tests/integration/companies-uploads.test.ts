import { describe, expect, it, vi } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { purgeExpiredCompanies } from '@/lib/services/companies/purge-companies'
import type { CompanyJson } from '@/lib/schemas/companies'
import { insertBooth } from '../helpers/booths'
import { createCompanyVia, uniqueCompanyName } from '../helpers/companies'
import { send } from '../helpers/http'
import { JPEG_3X2, NOT_IMAGES, pngBytes } from '../helpers/images'
import { filesUnder, form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

// 0.05 MB = 51,200 bytes per file, so oversize is cheap to produce.
const uploadDir = withTempUploadDir({ maxUploadMb: 0.05 })

const media = (url: string) => api().request(new Request(new URL(url, 'http://localhost:3000')))
const stored = async () => ({ files: (await filesUnder(uploadDir())).sort(), rows: await db().storedFile.count() })
const fileId = (url: string | null) => url?.split('/').pop() ?? ''

describe('company logos', () => {
  it('accepts a real PNG whatever its name and claimed type, and serves it back', async () => {
    const { user, bearer } = await createUser()
    const answer = await send<CompanyJson>(api(), 'POST', '/api/company/create-company', {
      headers: bearer,
      body: form({ name: uniqueCompanyName(), image: { bytes: pngBytes(), name: 'logo.exe', type: 'application/octet-stream' } }),
    })
    expect(answer.status).toBe(201)
    const response = await media(answer.body.data.image_url!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const row = await db().storedFile.findUniqueOrThrow({ where: { id: fileId(answer.body.data.image_url) } })
    expect(row).toMatchObject({ kind: 'image', ownerId: user.id, contentType: 'image/png' })
  })

  it.each(Object.entries(NOT_IMAGES))('refuses %s renamed to .png, storing nothing', async (_name, bytes) => {
    const { bearer } = await createUser()
    const before = { ...(await stored()), companies: await db().company.count() }
    const answer = await send(api(), 'POST', '/api/company/create-company', {
      headers: bearer,
      body: form({ name: uniqueCompanyName(), image: { bytes, name: 'logo.png', type: 'image/png' } }),
    })
    // Content that is not what the field takes: 400 naming the field (415 is for a body that is not multipart).
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toHaveProperty('image')
    expect({ ...(await stored()), companies: await db().company.count() }).toEqual(before)
  })

  it('answers 413 for a logo over MAX_UPLOAD_MB and for a body over the limit', async () => {
    const { bearer } = await createUser()
    const before = await stored()
    const big = new Uint8Array(60_000)
    big.set(pngBytes())
    const oneFile = await send(api(), 'POST', '/api/company/create-company', {
      headers: bearer,
      body: form({ name: uniqueCompanyName(), image: { bytes: big, name: 'big.png' } }),
    })
    expect(oneFile.status).toBe(413)
    expect(oneFile.body.errors).toHaveProperty('image')
    const huge = await send(api(), 'POST', '/api/company/create-company', {
      headers: bearer,
      body: form({ name: uniqueCompanyName(), image: { bytes: new Uint8Array(400_000), name: 'huge.png' } }),
    })
    expect(huge.body).toMatchObject({ status: 413, data: null })
    expect(await stored()).toEqual(before)
  })

  it('replacing the logo deletes the old file; another field alone keeps it', async () => {
    const { bearer } = await createUser()
    const company = await createCompanyVia(bearer, { image: { bytes: pngBytes(), name: 'a.png' } })
    const firstId = fileId(company.image_url)
    const firstKey = (await db().storedFile.findUniqueOrThrow({ where: { id: firstId } })).key
    const kept = await send<CompanyJson>(api(), 'PUT', `/api/company/update-company?id=${company.id}`, { headers: bearer, body: form({ size: '51-200' }) })
    expect(kept.body.data.image_url).toBe(company.image_url)
    const replaced = await send<CompanyJson>(api(), 'PUT', `/api/company/update-company?id=${company.id}`, {
      headers: bearer,
      body: form({ image: { bytes: JPEG_3X2, name: 'b.jpg' } }),
    })
    expect(replaced.status).toBe(200)
    expect(replaced.body.data.image_url).not.toBe(company.image_url)
    expect(await db().storedFile.findUnique({ where: { id: firstId } })).toBeNull()
    expect(await filesUnder(uploadDir())).not.toContain(firstKey)
    expect((await media(company.image_url!)).status).toBe(404)
    expect((await media(replaced.body.data.image_url!)).status).toBe(200)
  })

  it('deleting a company keeps its logo and its booths’ files until the purge, which deletes rows and bytes', async () => {
    const { bearer } = await createUser()
    const before = await stored()
    const company = await createCompanyVia(bearer, { image: { bytes: pngBytes(), name: 'a.png' } })
    await insertBooth(company.id)
    await insertBooth(company.id, { status: 'accepted' })
    expect((await stored()).rows).toBe(before.rows + 5)
    const kept = await stored()
    expect((await send(api(), 'DELETE', `/api/company/delete-company?id=${company.id}`, { headers: bearer })).status).toBe(200)
    expect(await stored()).toEqual(kept)
    expect(await purgeExpiredCompanies(new Date(Date.now() + 31 * 24 * 60 * 60 * 1000))).toBe(1)
    expect(await stored()).toEqual(before)
  })

  it('leaves no orphan when the write after the upload fails: duplicate name raced in, and a failing database', async () => {
    const { bearer } = await createUser()
    const other = await createUser()
    const name = uniqueCompanyName('Orphan')
    const before = await stored()
    // Two creates of one name at once, both with a logo: one wins, the loser's logo must go.
    const answers = await Promise.all(
      [bearer, other.bearer].map((headers) =>
        send(api(), 'POST', '/api/company/create-company', { headers, body: form({ name, image: { bytes: pngBytes(), name: 'a.png' } }) }),
      ),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
    expect((await stored()).rows).toBe(before.rows + 1)
    expect((await stored()).files).toHaveLength(before.files.length + 1)

    // The insert's transaction fails after the logo is stored: the logo goes.
    const mid = await stored()
    const failCreate = vi.spyOn(db(), '$transaction').mockRejectedValueOnce(new Error('simulated database failure'))
    try {
      const failed = await send(api(), 'POST', '/api/company/create-company', {
        headers: bearer,
        body: form({ name: uniqueCompanyName(), image: { bytes: pngBytes(), name: 'a.png' } }),
      })
      expect(failed.body).toMatchObject({ status: 500, message: 'Something went wrong' })
    } finally {
      failCreate.mockRestore()
    }
    expect(await stored()).toEqual(mid)

    // The update's transaction fails after the new logo is stored: the new logo goes, the old stays.
    const company = await createCompanyVia(bearer, { image: { bytes: pngBytes(), name: 'a.png' } })
    const withCompany = await stored()
    const failUpdate = vi.spyOn(db(), '$transaction').mockRejectedValueOnce(new Error('simulated database failure'))
    try {
      const failed = await send(api(), 'PUT', `/api/company/update-company?id=${company.id}`, {
        headers: bearer,
        body: form({ image: { bytes: JPEG_3X2, name: 'b.jpg' } }),
      })
      expect(failed.body).toMatchObject({ status: 500, message: 'Something went wrong' })
    } finally {
      failUpdate.mockRestore()
    }
    expect(await stored()).toEqual(withCompany)
    expect((await media(company.image_url!)).status).toBe(200)
  })
})
