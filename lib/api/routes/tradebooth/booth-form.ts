import type { z } from 'zod'
import type { createBoothFormSchema, updateBoothFormSchema } from '@/lib/schemas/booths'
import type { BoothFileField, BoothUploads } from '@/lib/services/booths/booth-files'
import type { BoothInput } from '@/lib/services/booths/booth-input'
import { readUploadedFile } from '@/lib/storage/uploaded-file'

/**
 * The fields of a booth form that may carry a file, each at most MAX_UPLOAD_MB: create and update
 * stream their bodies through lib/api/multipart.ts, so a request holds at most three files' bytes.
 */
export const BOOTH_FILE_FIELDS = ['image', 'pdf', 'docx'] as const

/** The three optional files of a booth form, read for the service. */
export async function readBoothUploads(form: { image?: File; pdf?: File; docx?: File }): Promise<BoothUploads> {
  return { image: await readUploadedFile(form.image), pdf: await readUploadedFile(form.pdf), docx: await readUploadedFile(form.docx) }
}

/** The files an update removes (`remove_image`, `remove_pdf`, `remove_docx` set to `true`). */
export function boothRemovals(form: { remove_image: boolean; remove_pdf: boolean; remove_docx: boolean }): BoothFileField[] {
  return BOOTH_FILE_FIELDS.filter((field) => form[`remove_${field}`])
}

/** A booth form's text fields, from their wire names to the services' (all given on create, any on update). */
export function boothInput(form: z.output<typeof createBoothFormSchema>): BoothInput
export function boothInput(form: z.output<typeof updateBoothFormSchema>): Partial<BoothInput>
export function boothInput(form: Omit<z.output<typeof updateBoothFormSchema>, `remove_${BoothFileField}`>): Partial<BoothInput> {
  return {
    companyId: form.company_id,
    title: form.title,
    date: form.date,
    startTime: form.start_time,
    endTime: form.end_time,
    timezone: form.timezone,
    location: form.location,
    description: form.description,
  }
}
