// GET /companies/export?q=&sort= — the companies of the current filter as CSV (staff and admins).
import { hasRole } from '@/lib/auth/auth-user'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { batchedById, csvDownload, csvRows } from '@/lib/csv/csv-export'
import { db } from '@/lib/db'
import { companiesWhere } from '@/lib/services/companies/list-companies'
import { companyJsonSelect, presentCompany } from '@/lib/services/companies/present-company'
import { companiesQuery } from '../companies-query'

export const dynamic = 'force-dynamic'

const COLUMNS = ['id', 'name', 'location', 'size', 'owner_email', 'image_url', 'created_at'] as const

async function* companies(where: ReturnType<typeof companiesWhere>) {
  const rows = batchedById((page) =>
    db().company.findMany({ where, orderBy: { id: 'asc' }, ...page, select: { ...companyJsonSelect, owner: { select: { email: true } } } }),
  )
  for await (const row of rows) yield { ...presentCompany(row), owner_email: row.owner.email }
}

export async function GET(request: Request): Promise<Response> {
  // Route handlers sit outside the dashboard layout: authorize here.
  const user = await getDashboardUser()
  if (!user) return new Response('Sign in first.', { status: 401 })
  if (!hasRole(user.role, 'staff')) return new Response('Staff and administrators only.', { status: 403 })

  const query = companiesQuery(Object.fromEntries(new URL(request.url).searchParams))
  return csvDownload(csvRows(companies(companiesWhere(query)), COLUMNS), COLUMNS, 'companies')
}
