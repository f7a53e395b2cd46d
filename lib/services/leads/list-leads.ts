import { sqlRows } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { pageOf, pageWindow, type Page } from '@/lib/pagination'
import type { LeadJson, ListLeadsQuery } from '@/lib/schemas/leads'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'
import { companyForLeads } from './lead-access'

interface LeadRow {
  id: string
  boothId: string
  boothTitle: string
  name: string | null
  email: string
  company: string | null
  note: string
  messages: number
  createdAt: Date
  updatedAt: Date
}

export type LeadsFilter = Pick<ListLeadsQuery, 'q' | 'booth_id'>

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`)

/** The leads of a company (booths in the trash left out), narrowed by booth and by text in the visitor's name, email, company or note. */
function leadsWhere(companyId: string, filter: LeadsFilter): Prisma.Sql {
  const parts = [Prisma.sql`l.company_id = ${companyId}::uuid`, Prisma.sql`b.deleted_at IS NULL`]
  if (filter.booth_id) parts.push(isUuid(filter.booth_id) ? Prisma.sql`l.booth_id = ${filter.booth_id}::uuid` : Prisma.sql`false`)
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`
    parts.push(Prisma.sql`(u.name ILIKE ${like} OR u.email ILIKE ${like} OR u.company ILIKE ${like} OR l.note ILIKE ${like})`)
  }
  return Prisma.join(parts, ' AND ')
}

const FROM = Prisma.sql`FROM leads l JOIN users u ON u.id = l.user_id JOIN trade_booths b ON b.id = l.booth_id`

const SELECT = Prisma.sql`SELECT l.id::text, l.booth_id::text AS "boothId", b.title AS "boothTitle", u.name, u.email, u.company, l.note,
  (SELECT count(*)::int FROM messages m JOIN rooms r ON r.id = m.room_id
    WHERE m.user_id = l.user_id AND r.booth_id = l.booth_id AND m.deleted_at IS NULL) AS messages,
  l.created_at AS "createdAt", l.updated_at AS "updatedAt"`

const ORDER: Record<string, Prisma.Sql> = {
  shared_at: Prisma.sql`l.created_at ASC, l.id ASC`,
  '-shared_at': Prisma.sql`l.created_at DESC, l.id DESC`,
  name: Prisma.sql`u.name ASC NULLS LAST, l.id ASC`,
  '-name': Prisma.sql`u.name DESC NULLS LAST, l.id DESC`,
}

const present = (row: LeadRow): LeadJson => ({
  id: row.id,
  booth_id: row.boothId,
  booth_title: row.boothTitle,
  name: row.name,
  email: row.email,
  company: row.company,
  note: row.note,
  messages: row.messages,
  shared_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
})

/** A page of a company's leads, for its owner (companyForLeads). */
export async function listLeads(actor: Actor, query: ListLeadsQuery): Promise<Page<LeadJson>> {
  const company = await companyForLeads(actor, query.id)
  const where = leadsWhere(company.id, query)
  const { skip, take } = pageWindow(query)
  const [rows, [count]] = await Promise.all([
    sqlRows<LeadRow>(Prisma.sql`${SELECT} ${FROM} WHERE ${where} ORDER BY ${ORDER[query.sort] ?? ORDER['-shared_at']!} LIMIT ${take} OFFSET ${skip}`),
    sqlRows<{ total: number }>(Prisma.sql`SELECT count(*)::int AS total ${FROM} WHERE ${where}`),
  ])
  return pageOf(rows.map(present), count?.total ?? 0, query)
}

const EXPORT_BATCH = 1_000

/**
 * Every lead of the filter, oldest first, a keyset batch at a time: what the CSV export streams.
 * Authorized before it answers, so a refusal is an error answer rather than a broken download.
 */
export async function leadsForExport(actor: Actor, companyId: string, filter: LeadsFilter): Promise<AsyncGenerator<LeadJson>> {
  const company = await companyForLeads(actor, companyId)
  return eachLead(leadsWhere(company.id, filter))
}

async function* eachLead(where: Prisma.Sql): AsyncGenerator<LeadJson> {
  let after: { createdAt: Date; id: string } | null = null
  for (;;) {
    const range: Prisma.Sql = after ? Prisma.sql`AND (l.created_at, l.id) > (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty
    const rows: LeadRow[] = await sqlRows<LeadRow>(
      Prisma.sql`${SELECT} ${FROM} WHERE ${where} ${range} ORDER BY l.created_at ASC, l.id ASC LIMIT ${EXPORT_BATCH}`,
    )
    yield* rows.map(present)
    const last = rows.at(-1)
    if (!last || rows.length < EXPORT_BATCH) return
    after = { createdAt: last.createdAt, id: last.id }
  }
}
