import type { FileKind } from '@/lib/generated/prisma/enums'
import type { Actor } from '@/lib/services/actor'
import { fileStorage } from '@/lib/storage/file-storage'
import type { StoredFileRow } from '@/lib/storage/storage-driver'
import type { UploadedFile } from '@/lib/storage/uploaded-file'

export interface BoothUploads {
  image?: UploadedFile
  pdf?: UploadedFile
  docx?: UploadedFile
}

export type BoothFileField = keyof BoothUploads

export const BOOTH_FILE_COLUMNS = { image: 'imageFileId', pdf: 'pdfFileId', docx: 'docxFileId' } as const satisfies Record<BoothFileField, string>

export interface StoredBoothFiles {
  stored: Partial<Record<BoothFileField, StoredFileRow>>
  /** Deletes every file stored here (rows and bytes): the booth write they were for failed. */
  discard(): Promise<void>
}

/**
 * Checks and stores a booth's uploads before its database write. If one is refused, those already
 * stored are deleted, so a failed request leaves no file behind.
 */
export async function storeBoothFiles(actor: Actor, uploads: BoothUploads): Promise<StoredBoothFiles> {
  const stored: Partial<Record<BoothFileField, StoredFileRow>> = {}
  const discard = async () => {
    await Promise.all(Object.values(stored).map((file) => fileStorage.delete(file)))
  }
  try {
    for (const field of Object.keys(BOOTH_FILE_COLUMNS) as BoothFileField[]) {
      const upload = uploads[field]
      if (!upload) continue
      const kind: FileKind = field
      stored[field] = await fileStorage.put({ bytes: upload.bytes, kind, ownerId: actor.id, originalName: upload.name, field })
    }
  } catch (error) {
    await discard()
    throw error
  }
  return { stored, discard }
}
