import type { Metadata } from 'next'

import { parseTableQuery } from '@/components/data-table/parse-table-query'
import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listAuditActions, listAuditLog, listAuditLogQuerySchema } from '@/lib/services/audit/list-audit-log'
import { AuditTable } from './audit-table'

export const metadata: Metadata = { title: 'Audit log' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireDashboardUser()
  const params = await searchParams
  // The shared table's search box is `q`; here it searches the actor's email.
  const query = parseTableQuery(listAuditLogQuerySchema, ['page', 'page_size', 'actor', 'action', 'sort'], { ...params, actor: params.q })
  const [page, actions] = await Promise.all([listAuditLog(query), listAuditActions()])
  return (
    <>
      <PageHeader title="Audit log" description="Who changed what, and when: role changes, deactivations, booth decisions, deletions." />
      <AuditTable entries={page.items} total={page.total} page={page.page} pageSize={page.page_size} actions={actions} />
    </>
  )
}
