// GET /users/export?q=&role=&verified=&active=&sort= — the users of the current filter as CSV (admins).
import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { db } from '@/lib/db'
import { usersWhere } from '@/lib/services/users/list-users'
import { presentUser, userJsonSelect } from '@/lib/services/users/present-user'
import { usersQuery } from '../users-query'

export const dynamic = 'force-dynamic'

const BATCH = 500
const COLUMNS = ['id', 'name', 'email', 'role', 'company', 'email_verified', 'is_active', 'created_at'] as const

/** Rows in id order, a batch at a time, so a large export never sits in memory whole. */
async function* rows(where: ReturnType<typeof usersWhere>) {
  let cursor: string | undefined
  for (;;) {
    const batch = await db().user.findMany({
      where,
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: userJsonSelect,
    })
    for (const row of batch) {
      const user = presentUser(row)
      yield COLUMNS.map((column) => user[column])
    }
    if (batch.length < BATCH) return
    cursor = batch.at(-1)!.id
  }
}

export async function GET(request: Request): Promise<Response> {
  // Route handlers sit outside the dashboard layout: authorize here.
  const user = await getDashboardUser()
  if (!user) return new Response('Sign in first.', { status: 401 })
  if (user.role !== 'admin') return new Response('Administrators only.', { status: 403 })

  const query = usersQuery(Object.fromEntries(new URL(request.url).searchParams))
  const csv = Readable.from(rows(usersWhere(query))).pipe(
    // escape_formulas: a name such as `=HYPERLINK(…)` must not run when the file is opened in a spreadsheet.
    stringify({ header: true, columns: [...COLUMNS], escape_formulas: true, cast: { boolean: (value) => (value ? 'true' : 'false') } }),
  )
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="vicross-users-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
