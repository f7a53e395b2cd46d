import type { Actor } from '@/lib/services/actor'
import { fileStorage } from '@/lib/storage/file-storage'
import type { StoredFileRow } from '@/lib/storage/storage-driver'
import type { UploadedFile } from '@/lib/storage/uploaded-file'

/** Checks (by content and size) and stores a logo; refusals name the `image` field. */
export async function storeLogo(actor: Actor, file: UploadedFile | undefined): Promise<StoredFileRow | undefined> {
  if (!file) return undefined
  return fileStorage.put({ bytes: file.bytes, kind: 'image', ownerId: actor.id, originalName: file.name, field: 'image' })
}

/** Undoes `storeLogo` after the database write that was to use it failed: no orphan file. */
export async function discardLogo(logo: StoredFileRow | undefined): Promise<void> {
  if (logo) await fileStorage.delete(logo)
}
