// GET /booths/export?q=&status=&company_id=&date_from=&date_to= — the booths of the current filter as CSV (staff and admins).
import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import { hasRole } from '@/lib/auth/auth-user'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { db } from '@/lib/db'
import { boothsWhere } from '@/lib/services/booths/list-booths'
import { boothJsonSelect, presentBooth } from '@/lib/services/booths/present-booth'
import { boothsQuery } from '../booths-query'

export const dynamic = 'force-dynamic'

const BATCH = 500
const COLUMNS = ['id', 'title', 'company_id', 'company_name', 'date', 'start_time', 'end_time', 'timezone', 'starts_at', 'ends_at', 'location', 'status', 'reason', 'image_url', 'pdf_url', 'docx_url', 'created_at'] as const

/** Rows in id order, a batch at a time, so a large export never sits in memory whole. */
async function* rows(where: ReturnType<typeof boothsWhere>) {
  let cursor: string | undefined
  for (;;) {
    const batch = await db().tradeBooth.findMany({
      where,
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: { ...boothJsonSelect, company: { select: { name: true } } },
    })
    for (const row of batch) {
      const booth = { ...presentBooth(row), company_name: row.company.name }
      yield COLUMNS.map((column) => booth[column])
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

  const query = boothsQuery(Object.fromEntries(new URL(request.url).searchParams))
  // escape_formulas: a title such as `=HYPERLINK(…)` must not run when the file is opened in a spreadsheet.
  const csv = Readable.from(rows(boothsWhere(query))).pipe(stringify({ header: true, columns: [...COLUMNS], escape_formulas: true }))
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="vicross-booths-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
