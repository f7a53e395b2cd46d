import { sqlRows } from '@/lib/db'
import { TOTAL_CAP } from '@/lib/keyset'
import type { Actor } from '@/lib/services/actor'
import { boothsTotalSql, type BoothsFilter } from './list-booths-sql'

export interface Total {
  total: number
  /** True when counting stopped at TOTAL_CAP (`total` is then TOTAL_CAP, a floor). */
  capped: boolean
}

/**
 * The booths list's `total` (boothsTotalSql): exact from the trigger-kept counters with no filter,
 * `status` and `company_id`, under the visibility rule; a search or a date range counted up to
 * TOTAL_CAP.
 */
export async function countBooths(actor: Actor, query: BoothsFilter): Promise<Total> {
  const { sql, counted } = boothsTotalSql(actor, query)
  const [row] = await sqlRows<{ n: number }>(sql)
  const n = row?.n ?? 0
  return counted ? { total: Math.min(n, TOTAL_CAP), capped: n > TOTAL_CAP } : { total: n, capped: false }
}
