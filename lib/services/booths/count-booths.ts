import { hasRole } from '@/lib/auth/auth-user'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { TOTAL_CAP } from '@/lib/keyset'
import type { Actor } from '@/lib/services/actor'
import type { ListBoothsQuery } from './list-booths'

export interface Total {
  total: number
  /** True when counting stopped at TOTAL_CAP (`total` is then TOTAL_CAP, a floor). */
  capped: boolean
}

/**
 * The booths list's `total`. With no filter, `status` and `company_id` it is exact and read from
 * the counters the trade_booths triggers keep (migration list_counters), under the visibility rule
 * (booth-visibility.ts): staff and admins count every booth; a plain user the accepted ones plus
 * the pending and rejected booths of the companies they own. A search or a date range has no
 * counter: its rows (`filter`, already narrowed by visibility) are counted up to TOTAL_CAP.
 */
export async function countBooths(
  actor: Actor,
  query: Omit<ListBoothsQuery, 'page' | 'page_size' | 'sort'>,
  filter: Prisma.TradeBoothWhereInput,
): Promise<Total> {
  if (query.q?.trim() || query.date_from || query.date_to) {
    const counted = await db().tradeBooth.count({ where: filter, take: TOTAL_CAP + 1 })
    return { total: Math.min(counted, TOTAL_CAP), capped: counted > TOTAL_CAP }
  }
  const [row] = await db().$queryRaw<Array<{ n: number }>>(countersSql(actor, query))
  return { total: row?.n ?? 0, capped: false }
}

function countersSql(actor: Actor, { status, company_id }: Pick<ListBoothsQuery, 'status' | 'company_id'>): Prisma.Sql {
  const sameStatus = status ? Prisma.sql`AND c.status = ${status}::"BoothStatus"` : Prisma.empty
  if (company_id) {
    const visible = hasRole(actor.role, 'staff')
      ? Prisma.empty
      : Prisma.sql`AND (c.status = 'accepted' OR EXISTS (SELECT 1 FROM companies o WHERE o.id = c.company_id AND o.owner_id = ${actor.id}::uuid))`
    return Prisma.sql`SELECT coalesce(sum(c.count), 0)::int AS n FROM company_booth_counts c WHERE c.company_id = ${company_id}::uuid ${sameStatus} ${visible}`
  }
  if (hasRole(actor.role, 'staff')) return Prisma.sql`SELECT coalesce(sum(c.count), 0)::int AS n FROM booth_status_counts c WHERE true ${sameStatus}`
  const accepted = Prisma.sql`(SELECT coalesce(sum(c.count), 0) FROM booth_status_counts c WHERE c.status = 'accepted' ${sameStatus})`
  if (status === 'accepted') return Prisma.sql`SELECT ${accepted}::int AS n`
  return Prisma.sql`SELECT (${accepted} + (SELECT coalesce(sum(c.count), 0) FROM company_booth_counts c JOIN companies o ON o.id = c.company_id
    WHERE o.owner_id = ${actor.id}::uuid AND c.status <> 'accepted' ${sameStatus}))::int AS n`
}
