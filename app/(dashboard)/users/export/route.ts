// GET /users/export?q=&role=&verified=&active=&sort= — the users of the current filter as CSV (admins).
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { batchedById, csvDownload, csvRows } from '@/lib/csv/csv-export'
import { db } from '@/lib/db'
import { usersWhere } from '@/lib/services/users/list-users'
import { presentUser, userJsonSelect } from '@/lib/services/users/present-user'
import { usersQuery } from '../users-query'

export const dynamic = 'force-dynamic'

const COLUMNS = ['id', 'name', 'email', 'role', 'company', 'email_verified', 'is_active', 'created_at'] as const

async function* users(where: ReturnType<typeof usersWhere>) {
  const rows = batchedById((page) => db().user.findMany({ where, orderBy: { id: 'asc' }, ...page, select: userJsonSelect }))
  for await (const row of rows) yield presentUser(row)
}

export async function GET(request: Request): Promise<Response> {
  // Route handlers sit outside the dashboard layout: authorize here.
  const user = await getDashboardUser()
  if (!user) return new Response('Sign in first.', { status: 401 })
  if (user.role !== 'admin') return new Response('Administrators only.', { status: 403 })

  const query = usersQuery(Object.fromEntries(new URL(request.url).searchParams))
  return csvDownload(csvRows(users(usersWhere(query)), COLUMNS), COLUMNS, 'users')
}
