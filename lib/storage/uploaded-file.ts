/** A file received from a form, read into memory (uploads are bounded by MAX_UPLOAD_MB). */
export interface UploadedFile {
  bytes: Uint8Array
  /** The client's file name: a label only, never a path. */
  name: string | null
}

/** Reads a form File (API multipart or a dashboard server action); an empty file input is no file. */
export async function readUploadedFile(file: File | undefined | null): Promise<UploadedFile | undefined> {
  if (!file || (file.size === 0 && !file.name)) return undefined
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name || null }
}
