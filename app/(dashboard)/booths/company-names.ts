import { db } from '@/lib/db'

/** id → name of the companies of these booths, in one query. */
export async function companyNames(companyIds: string[]): Promise<Record<string, string>> {
  if (companyIds.length === 0) return {}
  const rows = await db().company.findMany({ where: { id: { in: [...new Set(companyIds)] }, deletedAt: null }, select: { id: true, name: true } })
  return Object.fromEntries(rows.map((row) => [row.id, row.name]))
}

/** The companies a booth can belong to, by name: the filter menu and the form's select. */
export async function companyChoices(limit = 200): Promise<{ id: string; name: string }[]> {
  return db().company.findMany({ where: { deletedAt: null }, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: limit, select: { id: true, name: true } })
}
