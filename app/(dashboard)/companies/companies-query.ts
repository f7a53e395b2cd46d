import { parseTableQuery } from '@/components/data-table/parse-table-query'
import { listCompaniesQuerySchema, type ListCompaniesQuery } from '@/lib/schemas/companies'

type SearchParams = Record<string, string | string[] | undefined>
const KEYS = ['page', 'page_size', 'q', 'sort'] as const

/** The companies query of a page URL, through the API's own schema (bad values fall back to defaults). */
export const companiesQuery = (searchParams: SearchParams): ListCompaniesQuery => parseTableQuery(listCompaniesQuerySchema, KEYS, searchParams)
