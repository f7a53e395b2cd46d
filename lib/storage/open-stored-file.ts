import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { FileKind } from '@/lib/generated/prisma/enums'
import { isUuid } from '@/lib/services/is-uuid'
import { readLocalFile } from './local-driver'

export type OpenedFile =
  | { type: 'bytes'; body: ReadableStream<Uint8Array>; size: number; contentType: string; kind: FileKind; id: string; fileName: string }
  | { type: 'redirect'; url: string }

const trashed = { is: { deletedAt: { not: null } } }
const OF_TRASHED_RECORD: Prisma.StoredFileWhereInput[] = [{ boothImage: trashed }, { boothPdf: trashed }, { boothDocx: trashed }, { companyImage: trashed }]

/**
 * A stored file for GET /api/media/:id: local bytes to stream, or the URL of a driver that serves
 * its own files. Unknown ids and files whose bytes are gone are both "not found", and so are the
 * files of a booth or company in the trash (kept for a restore until the purge, but no longer served).
 */
export async function openStoredFile(id: string): Promise<OpenedFile> {
  if (!isUuid(id)) throw notFound('File')
  const file = await db().storedFile.findFirst({
    where: { id, NOT: { OR: OF_TRASHED_RECORD } },
    select: { id: true, driver: true, key: true, url: true, kind: true, contentType: true },
  })
  if (!file) throw notFound('File')
  if (file.driver !== 'local') return { type: 'redirect', url: file.url }
  const local = await readLocalFile(file.key)
  if (!local) throw notFound('File')
  return {
    type: 'bytes',
    body: local.body,
    size: local.size,
    contentType: file.contentType,
    kind: file.kind,
    id: file.id,
    fileName: file.key.split('/').pop() ?? file.id,
  }
}
