// GET /companies/export?q=&sort= — the companies of the current filter as CSV (staff and admins).
import { hasRole } from '@/lib/auth/auth-user'
import { heldForSecondFactor } from '@/lib/auth/dashboard-action'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { csvDownload, csvRows } from '@/lib/csv/csv-export'
import { eachCompany } from '@/lib/services/companies/each-company'
import { companiesQuery } from '../companies-query'

export const dynamic = 'force-dynamic'

const COLUMNS = ['id', 'name', 'location', 'size', 'owner_email', 'image_url', 'created_at'] as const

export async function GET(request: Request): Promise<Response> {
  // Route handlers sit outside the dashboard layout: authorize here.
  const user = await getDashboardUser()
  if (!user) return new Response('Sign in first.', { status: 401 })
  if (await heldForSecondFactor(user)) return new Response('Set up a second factor first.', { status: 403 })
  if (!hasRole(user.role, 'staff')) return new Response('Staff and administrators only.', { status: 403 })

  const query = companiesQuery(Object.fromEntries(new URL(request.url).searchParams))
  return csvDownload(csvRows(eachCompany(query), COLUMNS), COLUMNS, 'companies')
}
