// GET /booths/export?q=&status=&company_id=&date_from=&date_to= — the booths of the current filter as CSV (staff and admins).
import { hasRole } from '@/lib/auth/auth-user'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { batchedById, csvDownload, csvRows } from '@/lib/csv/csv-export'
import { db } from '@/lib/db'
import { boothsWhere } from '@/lib/services/booths/list-booths'
import { boothJsonSelect, presentBooth } from '@/lib/services/booths/present-booth'
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

async function* booths(where: ReturnType<typeof boothsWhere>) {
  const rows = batchedById((page) =>
    db().tradeBooth.findMany({ where, orderBy: { id: 'asc' }, ...page, select: { ...boothJsonSelect, company: { select: { name: true } } } }),
  )
  for await (const row of rows) yield { ...presentBooth(row), company_name: row.company.name }
}

export async function GET(request: Request): Promise<Response> {
  // Route handlers sit outside the dashboard layout: authorize here.
  const user = await getDashboardUser()
  if (!user) return new Response('Sign in first.', { status: 401 })
  if (!hasRole(user.role, 'staff')) return new Response('Staff and administrators only.', { status: 403 })

  const query = boothsQuery(Object.fromEntries(new URL(request.url).searchParams))
  return csvDownload(csvRows(booths(boothsWhere(user, query)), COLUMNS), COLUMNS, 'booths')
}
