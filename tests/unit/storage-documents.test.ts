import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DOCX_LIMITS, inspectDocx } from '@/lib/storage/inspect-docx'
import { inspectUpload } from '@/lib/storage/inspect-upload'
import { docxBomb, docxBytes, docxEntries, PDF_1_7, plainZip, withClaimedSizes } from '../helpers/documents'
import { NOT_IMAGES, PDF_BYTES, pngBytes } from '../helpers/images'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('PDF uploads', () => {
  it('accepts PDFs by their %PDF- header', async () => {
    for (const bytes of [PDF_1_7, PDF_BYTES]) expect(await inspectUpload(bytes, 'pdf', 'pdf')).toEqual({ contentType: 'application/pdf', extension: 'pdf' })
  })

  it.each([
    ['an executable', NOT_IMAGES.executable],
    ['HTML', NOT_IMAGES.html],
    ['SVG', NOT_IMAGES.svg],
    ['a PNG', pngBytes()],
    ['a DOCX', docxBytes()],
    ['"%PDF" without a version', new Uint8Array(Buffer.from('%PDF<html><script>alert(1)</script></html>'))],
  ])('refuses %s with 400, naming the field', async (_name, bytes) => {
    await expect(inspectUpload(bytes, 'pdf', 'pdf')).rejects.toMatchObject({ code: 'validation', errors: { pdf: ['pdf must be a PDF document'] } })
  })
})

describe('DOCX uploads', () => {
  it('accepts a real Word document', async () => {
    expect(inspectDocx(docxBytes())).toEqual({ ok: true })
    expect(await inspectUpload(docxBytes(), 'docx', 'docx')).toEqual({ contentType: DOCX, extension: 'docx' })
  })

  it.each([
    ['a plain zip', plainZip()],
    ['a zip with content types but no word/document.xml', zipSync({ '[Content_Types].xml': docxEntries()['[Content_Types].xml']! } as Zippable)],
    ['a renamed executable', NOT_IMAGES.executable],
    ['HTML', NOT_IMAGES.html],
    ['SVG', NOT_IMAGES.svg],
    ['a PDF', PDF_1_7],
    ['a truncated zip', docxBytes().subarray(0, 200)],
  ])('refuses %s with 400', async (_name, bytes) => {
    await expect(inspectUpload(bytes, 'docx', 'docx')).rejects.toMatchObject({ code: 'validation', errors: { docx: ['docx must be a Word (.docx) document'] } })
  })

  it('refuses a zip bomb from its central directory (422)', async () => {
    const bomb = docxBomb()
    expect(bomb.byteLength).toBeLessThan(100_000)
    expect(inspectDocx(bomb)).toMatchObject({ ok: false, reason: 'too_large', detail: expect.stringMatching(/compressed more than 100:1/) })
    await expect(inspectUpload(bomb, 'docx', 'docx')).rejects.toMatchObject({
      code: 'unprocessable',
      errors: { docx: [expect.stringMatching(/too large once uncompressed/)] },
    })
  })

  it('bounds the total uncompressed size, even when every entry stays under the ratio floor', () => {
    const entries: Zippable = docxEntries()
    for (let i = 0; i < 60; i++) entries[`word/media/part${i}.xml`] = strToU8(`<x>${i}</x>`)
    // Each entry claims 0.9 MB: below the 1 MB ratio floor, 54 MB together.
    const lying = withClaimedSizes(zipSync(entries, { level: 0 }), 900 * 1024)
    expect(inspectDocx(lying)).toMatchObject({ ok: false, reason: 'too_large', detail: expect.stringMatching(/uncompressed/) })
  })

  it('bounds the number of entries', () => {
    const entries: Zippable = docxEntries()
    for (let i = 0; i < DOCX_LIMITS.maxEntries; i++) entries[`word/p${i}.xml`] = new Uint8Array(1)
    expect(inspectDocx(zipSync(entries))).toMatchObject({ ok: false, reason: 'too_large', detail: `more than ${DOCX_LIMITS.maxEntries} entries` })
  })

  it('reads only the directory: entries whose data would not even inflate are not touched', () => {
    const zip = zipSync({ ...docxEntries(), 'word/media/blob.bin': [new Uint8Array(4096).fill(7), { level: 9 }] })
    // Corrupt every local file's data after its header; the central directory stays intact.
    const damaged = zip.slice()
    for (let at = 0; at + 30 < damaged.length; at++) {
      if (damaged[at] !== 0x50 || damaged[at + 1] !== 0x4b || damaged[at + 2] !== 0x03 || damaged[at + 3] !== 0x04) continue
      const start = at + 30 + damaged[at + 26]! + (damaged[at + 27]! << 8) + damaged[at + 28]! + (damaged[at + 29]! << 8)
      damaged[start] = 0xff
      damaged[start + 1] = 0xff
    }
    expect(inspectDocx(damaged)).toEqual({ ok: true })
  })

  it('refuses zips wherever another kind is expected, without walking them', async () => {
    await expect(inspectUpload(docxBomb(), 'image', 'image')).rejects.toMatchObject({ code: 'validation' })
    await expect(inspectUpload(docxBytes(), 'pdf', 'pdf')).rejects.toMatchObject({ code: 'validation' })
  })
})
