import type { BoothUploads } from '@/lib/services/booths/booth-files'
import { readUploadedFile } from '@/lib/storage/uploaded-file'

/** The three optional files of a booth form, read for the service. */
export async function readBoothUploads(form: { image?: File; pdf?: File; docx?: File }): Promise<BoothUploads> {
  return { image: await readUploadedFile(form.image), pdf: await readUploadedFile(form.pdf), docx: await readUploadedFile(form.docx) }
}
