// GET /companies/export?q=&sort= — the companies of the current filter as CSV (staff and admins).
import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import { hasRole } from '@/lib/auth/auth-user'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { db } from '@/lib/db'
import { companiesWhere } from '@/lib/services/companies/list-companies'
import { companyJsonSelect, presentCompany } from '@/lib/services/companies/present-company'
import { companiesQuery } from '../companies-query'

export const dynamic = 'force-dynamic'

const BATCH = 500
const COLUMNS = ['id', 'name', 'location', 'size', 'owner_email', 'image_url', 'created_at'] as const

/** Rows in id order, a batch at a time, so a large export never sits in memory whole. */
async function* rows(where: ReturnType<typeof companiesWhere>) {
  let cursor: string | undefined
  for (;;) {
    const batch = await db().company.findMany({
      where,
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: { ...companyJsonSelect, owner: { select: { email: true } } },
    })
    for (const row of batch) {
      const company = { ...presentCompany(row), owner_email: row.owner.email }
      yield COLUMNS.map((column) => company[column])
    }
    if (batch.length < BATCH) return
    cursor = batch.at(-1)!.id
  }
}

export async function GET(request: Request): Promise<Response> {
  // Route handlers sit outside the dashboard layout: authorize here.
  const user = await getDashboardUser()
  if (!user) return new Response('Sign in first.', { status: 401 })
  if (!hasRole(user.role, 'staff')) return new Response('Staff and administrators only.', { status: 403 })

  const query = companiesQuery(Object.fromEntries(new URL(request.url).searchParams))
  // escape_formulas: a name such as `=HYPERLINK(…)` must not run when the file is opened in a spreadsheet.
  const csv = Readable.from(rows(companiesWhere(query))).pipe(stringify({ header: true, columns: [...COLUMNS], escape_formulas: true }))
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="vicross-companies-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
