import type { FileKind, StorageDriver as StorageDriverName } from '@/lib/generated/prisma/enums'

/** The columns of a StoredFile row that storage and its callers need. */
export interface StoredFileRow {
  id: string
  driver: StorageDriverName
  key: string
  url: string
  kind: FileKind
  contentType: string
  size: number
  originalName: string | null
  ownerId: string | null
}

/** Enough of a StoredFile row to find and remove its bytes. */
export type StoredFileRef = Pick<StoredFileRow, 'id' | 'driver' | 'key'>

export const storedFileSelect = {
  id: true,
  driver: true,
  key: true,
  url: true,
  kind: true,
  contentType: true,
  size: true,
  originalName: true,
  ownerId: true,
} as const

/** A checked object ready to be written: the bytes and what they really are. */
export interface StorageObject {
  id: string
  bytes: Uint8Array
  /** What the bytes were checked to be; drivers may file them by it (ImageKit: one folder per kind). */
  kind: FileKind
  contentType: string
  extension: string
}

/**
 * Where bytes live: local disk or ImageKit, behind the same three members. `url` null means
 * "served by the app at /api/media/<id>".
 */
export interface StorageDriver {
  readonly name: StorageDriverName
  write(object: StorageObject): Promise<{ key: string; url: string | null }>
  remove(key: string): Promise<void>
}

export interface PutFileInput {
  bytes: Uint8Array
  /** What the client claimed; only stored as a hint — the sniffed type decides. */
  contentType?: string | null
  /** What the caller expects; bytes that are something else are refused. */
  kind: FileKind
  ownerId: string | null
  originalName?: string | null
  /** The form field the file came in, so that a refusal names it in `errors`. */
  field?: string
}

/** The storage module's public face, the same whichever driver is configured. */
export interface FileStorage {
  /** Checks the bytes, writes them and records a StoredFile row; never leaves bytes without a row. */
  put(input: PutFileInput): Promise<StoredFileRow>
  /** Removes the row and the bytes. */
  delete(file: StoredFileRef): Promise<void>
  /** Removes only the bytes (after a transaction that already deleted the rows); never throws. */
  removeBytes(files: StoredFileRef[]): Promise<void>
}
