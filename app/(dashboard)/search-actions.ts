'use server'

import { getTranslations } from 'next-intl/server'
import { dashboardDataAction, type DataResult } from '@/lib/auth/dashboard-action'
import { text } from '@/lib/schemas/text'
import { searchRecords, type RecordHits } from '@/lib/services/search/search-records'

const searchTextSchema = text().trim().min(1).max(100)

/** The command palette's record search (staff and admins; users for admins only). */
export async function searchRecordsAction(query: string): Promise<DataResult<RecordHits>> {
  const parsed = searchTextSchema.safeParse(query)
  // The palette never sends an empty search; a refused one is worded generically (the schema's message is English).
  if (!parsed.success) return { ok: false, message: (await getTranslations('palette'))('typeSomething') }
  return dashboardDataAction('staff', (actor) => searchRecords(actor, parsed.data))
}
