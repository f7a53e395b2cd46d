// GET /users/export?q=&role=&verified=&active=&sort= — the users of the current filter as CSV (admins).
import { heldForSecondFactor } from '@/lib/auth/dashboard-action'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { csvDownload, csvRows } from '@/lib/csv/csv-export'
import { eachUser } from '@/lib/services/users/each-user'
import { usersQuery } from '../users-query'

export const dynamic = 'force-dynamic'

const COLUMNS = ['id', 'name', 'email', 'role', 'company', 'email_verified', 'is_active', 'created_at'] as const

export async function GET(request: Request): Promise<Response> {
  // Route handlers sit outside the dashboard layout: authorize here.
  const user = await getDashboardUser()
  if (!user) return new Response('Sign in first.', { status: 401 })
  if (await heldForSecondFactor(user)) return new Response('Set up a second factor first.', { status: 403 })
  if (user.role !== 'admin') return new Response('Administrators only.', { status: 403 })

  const query = usersQuery(Object.fromEntries(new URL(request.url).searchParams))
  return csvDownload(csvRows(eachUser(query), COLUMNS), COLUMNS, 'users')
}
