import { orderBy, pageOf, pageWindow, type Page } from '@/lib/pagination'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { COMPANY_SORT_FIELDS, CompanyJson, ListCompaniesQuery } from '@/lib/schemas/companies'
import { companyJsonSelect, presentCompany } from './present-company'

const sortColumns: Record<(typeof COMPANY_SORT_FIELDS)[number], string> = { created_at: 'createdAt', name: 'name' }

/** The filter of a companies query; also what a CSV export of "the current filter" reuses. */
export function companiesWhere(query: Pick<ListCompaniesQuery, 'q' | 'owner_id'>): Prisma.CompanyWhereInput {
  const where: Prisma.CompanyWhereInput = {}
  const q = query.q?.trim()
  if (q) where.OR = [{ name: { contains: q, mode: 'insensitive' } }, { location: { contains: q, mode: 'insensitive' } }]
  if (query.owner_id) where.ownerId = query.owner_id
  return where
}

/** A page of companies (`q` searches name and location), newest first by default. Every signed-in user may list every company. */
export async function listCompanies(query: ListCompaniesQuery): Promise<Page<CompanyJson>> {
  const where = companiesWhere(query)
  const prisma = db()
  const [rows, total] = await prisma.$transaction([
    prisma.company.findMany({ where, orderBy: orderBy(query.sort, sortColumns), ...pageWindow(query), select: companyJsonSelect }),
    prisma.company.count({ where }),
  ])
  return pageOf(rows.map(presentCompany), total, query)
}
