import { db } from '@/lib/db'

/**
 * The URLs of stored files by id, in one query, and none when no id is given. Prisma answers a
 * nested `{ imageFile: { select: { url: true } } }` with one more query per relation, even when
 * every id is null, so the hot read paths fetch the ids and then the URLs here.
 */
export async function fileUrls(ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (!wanted.length) return new Map()
  const rows = await db().storedFile.findMany({ where: { id: { in: wanted } }, select: { id: true, url: true } })
  return new Map(rows.map((row) => [row.id, row.url]))
}

/** `{ url }` of a file id as a nested select would give it, or null. */
export const fileOf = (urls: Map<string, string>, id: string | null) => {
  const url = id === null ? undefined : urls.get(id)
  return url === undefined ? null : { url }
}
