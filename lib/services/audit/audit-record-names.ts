import { db } from '@/lib/db'
import { isUuid } from '@/lib/services/is-uuid'
import { recordOf, type AuditEntryToDescribe, type RecordName, type AuditViewer } from './describe-audit-entry'

type Entry = Pick<AuditEntryToDescribe, 'action' | 'entityType' | 'entityId' | 'details'>

/** The entries that store their record's name, and under which key: a deleted record is named by them. */
const NAMING_ACTIONS: Record<string, 'title' | 'name'> = {
  'booth.created': 'title',
  'booth.updated': 'title',
  'booth.resubmitted': 'title',
  'booth.accepted': 'title',
  'booth.rejected': 'title',
  'booth.reopened': 'title',
  'booth.deleted': 'title',
  'booth.restored': 'title',
  'booth.purged': 'title',
  'company.created': 'name',
  'company.updated': 'name',
  'company.deleted': 'name',
  'company.restored': 'name',
  'company.purged': 'name',
  'room.created': 'name',
  'user.deleted': 'name',
  'user.restored': 'name',
  'user.purged': 'name',
}

export const recordKey = (type: string, id: string) => `${type}:${id}`

function storedName(entry: Entry): string | null {
  const key = NAMING_ACTIONS[entry.action]
  if (!key || typeof entry.details !== 'object' || entry.details === null || Array.isArray(entry.details)) return null
  const value = (entry.details as Record<string, unknown>)[key]
  return typeof value === 'string' && value ? value : null
}

async function currentNames(type: string, ids: string[], viewer: AuditViewer): Promise<Map<string, Omit<RecordName, 'exists'>>> {
  const prisma = db()
  if (!ids.length) return new Map()
  // A record in the trash (an account too) has no page: it reads as deleted (restoring it brings its links back).
  if (type === 'user') {
    const rows = await prisma.user.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, name: true, email: viewer.isAdmin } })
    // Staff read names only: an account without one stays unnamed for them.
    return new Map(rows.map((row) => [row.id, { name: row.name ?? (viewer.isAdmin ? row.email : null), search: viewer.isAdmin ? row.email : null }]))
  }
  if (type === 'trade_booth')
    return new Map(
      (await prisma.tradeBooth.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, title: true } })).map((row) => [
        row.id,
        { name: row.title },
      ]),
    )
  if (type === 'company')
    return new Map(
      (await prisma.company.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, name: true } })).map((row) => [
        row.id,
        { name: row.name },
      ]),
    )
  if (type === 'room')
    return new Map((await prisma.room.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((row) => [row.id, { name: row.name }]))
  return new Map()
}

/** Names kept by other entries about records that are gone (e.g. a booth's title in its `booth.created`). */
async function rememberedNames(type: string, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  if (!ids.length) return names
  const entries = await db().auditLog.findMany({
    where: { entityType: type, entityId: { in: ids }, action: { in: Object.keys(NAMING_ACTIONS) } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { action: true, entityType: true, entityId: true, details: true },
  })
  for (const entry of entries) {
    const name = storedName(entry)
    if (name && entry.entityId && !names.has(entry.entityId)) names.set(entry.entityId, name)
  }
  return names
}

/**
 * The names of the records `entries` are about, keyed by `recordKey`: from the rows that exist now,
 * else from what the entries themselves (or earlier ones about the same record) stored.
 */
export async function auditRecordNames(entries: Entry[], viewer: AuditViewer): Promise<Map<string, RecordName>> {
  const byType = new Map<string, Set<string>>()
  for (const entry of entries) {
    const target = recordOf(entry)
    if (target && isUuid(target.id)) byType.set(target.type, (byType.get(target.type) ?? new Set()).add(target.id))
  }
  const result = new Map<string, RecordName>()
  await Promise.all(
    [...byType].map(async ([type, idSet]) => {
      const ids = [...idSet]
      const current = await currentNames(type, ids, viewer)
      const gone = ids.filter((id) => !current.has(id))
      const remembered = await rememberedNames(type, gone)
      for (const id of ids) {
        const now = current.get(id)
        result.set(recordKey(type, id), now ? { ...now, exists: true } : { name: remembered.get(id) ?? null, exists: false })
      }
    }),
  )
  // An entry's own stored name names its record when nothing else did.
  for (const entry of entries) {
    const target = recordOf(entry)
    if (!target) continue
    const known = result.get(recordKey(target.type, target.id))
    if (!known?.name && entry.entityType === target.type) {
      const name = storedName(entry)
      if (name) result.set(recordKey(target.type, target.id), { name, exists: known?.exists ?? false })
    }
  }
  return result
}
