import { sqlRows } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { afterOf, type After } from '@/lib/keyset'
import type { PageWindowSql } from '@/lib/services/booths/list-booths-sql'

/** Rows per statement: large enough that a 100k-row export is a hundred statements, small enough to stay flat in memory. */
export const BATCH_SIZE = 1_000

/**
 * Every row of a list's page statement (`pageSql`, built by the list's own SQL builder, so its
 * filter is the list's) in `sort` order, one batch at a time, each batch the keyset range after the
 * last item of the one before: an index range however deep, and never the whole table in memory.
 * What the CSV exports walk. `present` turns a row into a wire item (its sort field under the
 * sort's own name, as the list's cursor reads it).
 */
export async function* keysetBatches<R, T extends { id: string } & Record<string, unknown>>(
  sort: string,
  pageSql: (window: PageWindowSql) => Prisma.Sql,
  present: (row: R) => T,
  size = BATCH_SIZE,
): AsyncGenerator<T> {
  let after: After | null = null
  for (;;) {
    const rows = await sqlRows<R>(pageSql({ sort, limit: size, offset: 0, after }))
    const items = rows.map(present)
    yield* items
    if (items.length < size) return
    after = afterOf(sort, items.at(-1)!)
  }
}
