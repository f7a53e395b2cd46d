import type { BoothJson } from '@/lib/schemas/booths'
import type { Actor } from '@/lib/services/actor'
import { keysetBatches } from '@/lib/services/keyset-batches'
import { boothRowOf, boothsPageSql, type BoothSqlRow, type BoothsFilter } from './list-booths-sql'
import { presentBooth } from './present-booth'

/** A booth as the CSV export writes it: the list's item and its company's name. */
export type BoothExportItem = BoothJson & { company_name: string }

/** The export's order: oldest first (ids are UUIDv7, so close to id order), ties by id. */
const EXPORT_SORT = 'created_at'

/**
 * Every booth of `filter` that `actor` may see, a batch at a time: the booths list's own page
 * statement (boothsPageSql, the visibility rule included) walked by keyset, with the company name
 * selected in the same statement. What the booths CSV export streams.
 */
export function eachBooth(actor: Actor, filter: BoothsFilter): AsyncGenerator<BoothExportItem> {
  return keysetBatches(
    EXPORT_SORT,
    (window) => boothsPageSql(actor, filter, window, { companyName: true }),
    (row: BoothSqlRow & { companyName: string }) => ({ ...presentBooth(boothRowOf(row)), company_name: row.companyName }),
  )
}
