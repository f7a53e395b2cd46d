import type { BoothUploads } from '@/lib/services/booths/booth-files'
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
