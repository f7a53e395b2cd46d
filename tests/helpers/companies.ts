import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import type { CompanyJson } from '@/lib/schemas/companies'
import { fileStorage } from '@/lib/storage/file-storage'
import { send } from './http'
import { PDF_BYTES, pngBytes } from './images'
import { form } from './uploads'

let counter = 0

/** A company name no other test uses. */
export const uniqueCompanyName = (prefix = 'Company') => `${prefix} ${Date.now()}-${++counter}`

/** Creates a company through the API as the given caller and returns it (fails the test otherwise). */
export async function createCompanyVia(headers: Record<string, string>, fields: Record<string, string | { bytes: Uint8Array; name: string; type?: string }> = {}): Promise<CompanyJson> {
  const answer = await send<CompanyJson>(api(), 'POST', '/api/company/create-company', { headers, body: form({ name: uniqueCompanyName(), ...fields }) })
  if (answer.status !== 201) throw new Error(`create-company answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  return answer.body.data
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
