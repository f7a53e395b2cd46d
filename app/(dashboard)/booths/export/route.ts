// GET /booths/export?q=&status=&company_id=&date_from=&date_to= — the booths of the current filter as CSV (staff and admins).
import { hasRole } from '@/lib/auth/auth-user'
import { heldForSecondFactor } from '@/lib/auth/dashboard-action'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { csvDownload, csvRows } from '@/lib/csv/csv-export'
import { eachBooth } from '@/lib/services/booths/each-booth'
import { boothsQuery } from '../booths-query'

export const dynamic = 'force-dynamic'

const COLUMNS = [
  'id',
  'title',
  'company_id',
  'company_name',
  'date',
  'start_time',
  'end_time',
  'timezone',
  'starts_at',
  'ends_at',
  'location',
  'status',
  'reason',
  'image_url',
  'pdf_url',
  'docx_url',
  'created_at',
] as const

export async function GET(request: Request): Promise<Response> {
  // Route handlers sit outside the dashboard layout: authorize here.
  const user = await getDashboardUser()
  if (!user) return new Response('Sign in first.', { status: 401 })
  if (await heldForSecondFactor(user)) return new Response('Set up a second factor first.', { status: 403 })
  if (!hasRole(user.role, 'staff')) return new Response('Staff and administrators only.', { status: 403 })

  const query = boothsQuery(Object.fromEntries(new URL(request.url).searchParams))
  return csvDownload(csvRows(eachBooth(user, query), COLUMNS), COLUMNS, 'booths')
}
