import { pageOf, type Page } from '@/lib/pagination'
import { sqlRows } from '@/lib/db'
import type { CompanyJson, ListCompaniesQuery } from '@/lib/schemas/companies'
import { companiesPageSql, companiesTotalSql, companyRowOf, type CompanySqlRow } from './list-companies-sql'
import { presentCompany } from './present-company'

/**
 * A page of companies (`q` searches name and location), newest first by default, and the exact
 * total, side by side (list-companies-sql.ts). Every signed-in user may list every company.
 */
export async function listCompanies(query: ListCompaniesQuery): Promise<Page<CompanyJson>> {
  const window = { sort: query.sort, limit: query.page_size, offset: (query.page - 1) * query.page_size, after: null }
  const [rows, [total]] = await Promise.all([sqlRows<CompanySqlRow>(companiesPageSql(query, window)), sqlRows<{ n: number }>(companiesTotalSql(query))])
  return pageOf(
    rows.map((row) => presentCompany(companyRowOf(row))),
    total!.n,
    query,
  )
}
