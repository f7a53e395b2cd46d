import { strToU8, zipSync } from 'fflate'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import type { BoothWithWarningsJson } from '@/lib/schemas/booths'
import { fileStorage } from '@/lib/storage/file-storage'
import { send } from './http'
import { PDF_BYTES, pngBytes } from './images'
import { form } from './uploads'

let counter = 0

/** Form fields of a valid booth: a unique title, 24 Nov 2026 09:30–11:00 UTC, a unique location. */
export function boothFields(companyId: string, overrides: Record<string, string> = {}): Record<string, string> {
  counter++
  return {
    company_id: companyId,
    title: `Booth ${counter}`,
    date: '2026-11-24',
    start_time: '09:30',
    end_time: '11:00',
    location: `Hall ${counter}-${Date.now()}`,
    description: 'Demo booth',
    ...overrides,
  }
}

type Field = string | { bytes: Uint8Array; name: string; type?: string }

export function createBoothVia(headers: Record<string, string>, fields: Record<string, Field>) {
  return send<BoothWithWarningsJson>(api(), 'POST', '/api/tradebooth/create-tradebooth', { headers, body: form(fields) })
}

/** Creates a booth through the API and returns it (fails the test otherwise). */
export async function createBooth(headers: Record<string, string>, fields: Record<string, Field>): Promise<BoothWithWarningsJson> {
  const answer = await createBoothVia(headers, fields)
  if (answer.status !== 201) throw new Error(`create-tradebooth answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  return answer.body.data
}

/** A minimal real Word document: the three parts a .docx needs, zipped. */
export function docxBytes(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Brochure</w:t></w:r></w:p></w:body></w:document>',
    ),
  })
}

/** A booth straight in the database (the booths API is not under test here), with an image and a PDF. */
export async function insertBooth(companyId: string, options: { status?: BoothStatus; startsAt?: Date; ownerId?: string | null } = {}) {
  const startsAt = options.startsAt ?? new Date(Date.UTC(2026, 10, 24, 9, 30) + ++counter * 60_000)
  const image = await fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: options.ownerId ?? null, field: 'image' })
  const pdf = await fileStorage.put({ bytes: PDF_BYTES, kind: 'pdf', ownerId: options.ownerId ?? null, field: 'pdf' })
  const booth = await db().tradeBooth.create({
    data: {
      companyId,
      title: `Booth ${counter}`,
      date: new Date(Date.UTC(startsAt.getUTCFullYear(), startsAt.getUTCMonth(), startsAt.getUTCDate())),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      location: 'Hall A',
      status: options.status ?? 'pending',
      imageFileId: image.id,
      pdfFileId: pdf.id,
    },
  })
  return { booth, files: [image, pdf] }
}
