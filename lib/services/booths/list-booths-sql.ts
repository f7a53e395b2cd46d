import { hasRole } from '@/lib/auth/auth-user'
import { Prisma } from '@/lib/generated/prisma/client'
import { TOTAL_CAP, type After } from '@/lib/keyset'
import { containsPattern, keysetSql, orderBySql, type SortSql } from '@/lib/keyset-sql'
import { BOOTH_SORT_COLUMNS } from '@/lib/schemas/booths'
import { isoDate, parseBoothDate } from '@/lib/schemas/booth-schedule'
import type { Viewer } from './booth-visibility'
import { visibleBoothsSql } from './booth-visibility'
import type { BoothRow } from './present-booth'

/*
 * The booths list's statements, the one place they are written: the page (listBooths) and its
 * total (countBooths). Typed SQL rather than Prisma's query builder because Prisma's per-query work
 * was most of the list's CPU (issue 14 §1); pure functions, so that the bench's bare server sends
 * exactly these statements too. The CSV export walks the same page statement batch by batch
 * (eachBooth), so the filter is written here only.
 */

/** What narrows a booths list (ListBoothsQuery without its window). */
export interface BoothsFilter {
  q?: string
  status?: string
  company_id?: string
  date_from?: string
  date_to?: string
}

const SORTS: SortSql = {
  created_at: { column: 'b.created_at', sort: BOOTH_SORT_COLUMNS.created_at },
  starts_at: { column: 'b.starts_at', sort: BOOTH_SORT_COLUMNS.starts_at },
  title: { column: 'b.title', sort: BOOTH_SORT_COLUMNS.title },
}

const dateOf = (text: string | undefined) => {
  const parsed = text ? parseBoothDate(text) : null
  return parsed ? isoDate(parsed) : undefined
}

/** The filter as SQL over `trade_booths b`, narrowed to what `viewer` may see. */
export function boothsFilterSql(viewer: Viewer, query: BoothsFilter): Prisma.Sql {
  const where = [visibleBoothsSql(viewer)]
  const q = query.q?.trim()
  if (q) {
    const like = containsPattern(q)
    where.push(Prisma.sql`(b.title ILIKE ${like} OR b.location ILIKE ${like} OR b.description ILIKE ${like}
      OR EXISTS (SELECT 1 FROM companies c WHERE c.id = b.company_id AND c.name ILIKE ${like}))`)
  }
  if (query.status) where.push(Prisma.sql`b.status = ${query.status}::"BoothStatus"`)
  if (query.company_id) where.push(Prisma.sql`b.company_id = ${query.company_id}::uuid`)
  const from = dateOf(query.date_from)
  const to = dateOf(query.date_to)
  if (from) where.push(Prisma.sql`b.date >= ${from}::date`)
  if (to) where.push(Prisma.sql`b.date <= ${to}::date`)
  return Prisma.join(where, ' AND ')
}

/** A row of boothsPageSql, as the driver gives it. */
export interface BoothSqlRow extends Omit<BoothRow, 'imageFile' | 'pdfFile' | 'docxFile'> {
  imageUrl: string | null
  pdfUrl: string | null
  docxUrl: string | null
}

/** The row presentBooth takes. */
export const boothRowOf = (r: BoothSqlRow): BoothRow => ({
  id: r.id,
  companyId: r.companyId,
  title: r.title,
  date: r.date,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  timezone: r.timezone,
  location: r.location,
  description: r.description,
  status: r.status,
  reason: r.reason,
  createdAt: r.createdAt,
  imageFile: r.imageUrl === null ? null : { url: r.imageUrl },
  pdfFile: r.pdfUrl === null ? null : { url: r.pdfUrl },
  docxFile: r.docxUrl === null ? null : { url: r.docxUrl },
})

// A BoothSqlRow's columns over `b` and the file joins they read: the lists' and the single read's.
const BOOTH_COLUMNS = Prisma.raw(`b.id::text, b.company_id::text AS "companyId", b.title, (b.date::timestamp AT TIME ZONE 'UTC') AS date,
    b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.timezone, b.location, b.description, b.status::text, b.reason,
    b.created_at AS "createdAt", fi.url AS "imageUrl", fp.url AS "pdfUrl", fd.url AS "docxUrl"`)
const BOOTH_FILES = Prisma.raw(`LEFT JOIN stored_files fi ON fi.id = b.image_file_id LEFT JOIN stored_files fp ON fp.id = b.pdf_file_id
    LEFT JOIN stored_files fd ON fd.id = b.docx_file_id`)

/** A page window: `limit` rows after `after` (keyset), or after `offset` rows. */
export interface PageWindowSql {
  sort: string
  limit: number
  offset: number
  after: After | null
}

/**
 * One page of booths with their file URLs joined in (`limit` is the page size plus one, for
 * next_after); with `companyName`, each booth's company name as well (the booths CSV export's column).
 * The page is cut before the joins: an offset page then joins its own rows only, not every row it
 * skips (page 1,000 of 100k booths: 8.5 s → an index walk).
 */
export function boothsPageSql(viewer: Viewer, query: BoothsFilter, window: PageWindowSql, { companyName = false } = {}): Prisma.Sql {
  const where = window.after ? Prisma.sql`${boothsFilterSql(viewer, query)} AND ${keysetSql(SORTS, window.after, 'b.id')}` : boothsFilterSql(viewer, query)
  const company = companyName ? Prisma.sql`, (SELECT co.name FROM companies co WHERE co.id = b.company_id) AS "companyName"` : Prisma.empty
  const order = orderBySql(SORTS, window.sort, 'b.id')
  return Prisma.sql`SELECT ${BOOTH_COLUMNS}${company}
    FROM (SELECT b.* FROM trade_booths b WHERE ${where} ${order} LIMIT ${window.limit} OFFSET ${window.offset}) b ${BOOTH_FILES} ${order}`
}

/** One booth by id (a BoothSqlRow, or no row), if `viewer` may see it: the single booth read. */
export function boothSql(viewer: Viewer, id: string): Prisma.Sql {
  return Prisma.sql`SELECT ${BOOTH_COLUMNS} FROM trade_booths b ${BOOTH_FILES} WHERE b.id = ${id}::uuid AND ${visibleBoothsSql(viewer)}`
}

/**
 * The statement of the list's `total` (one row, `n`), and whether it is a capped count. With no
 * filter, `status` and `company_id` it reads the counters the trade_booths triggers keep
 * (migration list_counters) under the visibility rule: staff and admins count every booth; a plain
 * user the accepted ones plus the pending and rejected booths of the companies they own. A search
 * or a date range has no counter: its rows are counted up to TOTAL_CAP + 1.
 */
export function boothsTotalSql(viewer: NonNullable<Viewer>, query: BoothsFilter): { sql: Prisma.Sql; counted: boolean } {
  if (query.q?.trim() || query.date_from || query.date_to) {
    const sql = Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM trade_booths b WHERE ${boothsFilterSql(viewer, query)} LIMIT ${TOTAL_CAP + 1}) s`
    return { sql, counted: true }
  }
  const { status, company_id } = query
  const sameStatus = status ? Prisma.sql`AND c.status = ${status}::"BoothStatus"` : Prisma.empty
  const staff = hasRole(viewer.role, 'staff')
  if (company_id) {
    const visible = staff
      ? Prisma.empty
      : Prisma.sql`AND (c.status = 'accepted' OR EXISTS (SELECT 1 FROM companies o WHERE o.id = c.company_id AND o.owner_id = ${viewer.id}::uuid))`
    return {
      sql: Prisma.sql`SELECT coalesce(sum(c.count), 0)::int AS n FROM company_booth_counts c WHERE c.company_id = ${company_id}::uuid ${sameStatus} ${visible}`,
      counted: false,
    }
  }
  if (staff) return { sql: Prisma.sql`SELECT coalesce(sum(c.count), 0)::int AS n FROM booth_status_counts c WHERE true ${sameStatus}`, counted: false }
  const accepted = Prisma.sql`(SELECT coalesce(sum(c.count), 0) FROM booth_status_counts c WHERE c.status = 'accepted' ${sameStatus})`
  if (status === 'accepted') return { sql: Prisma.sql`SELECT ${accepted}::int AS n`, counted: false }
  const owned = Prisma.sql`(SELECT coalesce(sum(c.count), 0) FROM company_booth_counts c JOIN companies o ON o.id = c.company_id
    WHERE o.owner_id = ${viewer.id}::uuid AND c.status <> 'accepted' ${sameStatus})`
  return { sql: Prisma.sql`SELECT (${accepted} + ${owned})::int AS n`, counted: false }
}
