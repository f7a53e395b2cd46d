import type { CompanyJson } from '@/lib/schemas/companies'
import { keysetBatches } from '@/lib/services/keyset-batches'
import { companiesPageSql, companyRowOf, type CompaniesFilter, type CompanySqlRow } from './list-companies-sql'
import { presentCompany } from './present-company'

/** A company as the CSV export writes it: the list's item and its owner's email. */
export type CompanyExportItem = CompanyJson & { owner_email: string | null }

/**
 * Every company of `filter`, oldest first, a batch at a time: the companies list's own page
 * statement walked by keyset, the owner's email selected in the same statement. What the
 * companies CSV export streams.
 */
export function eachCompany(filter: CompaniesFilter): AsyncGenerator<CompanyExportItem> {
  return keysetBatches(
    'created_at',
    (window) => companiesPageSql(filter, window, { ownerEmail: true }),
    (row: CompanySqlRow) => ({ ...presentCompany(companyRowOf(row)), owner_email: row.ownerEmail ?? null }),
  )
}
