import type { Metadata } from 'next'
import { ShieldAlert } from 'lucide-react'

import { parseTableQuery } from '@/components/data-table/parse-table-query'
import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'
import { isAdmin, requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listAuditActions, listAuditLog, listAuditLogQuerySchema } from '@/lib/services/audit/list-audit-log'
import { AuditTable } from './audit-table'

export const metadata: Metadata = { title: 'Audit log' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const header = <PageHeader title="Audit log" description="Who changed what, and when: role changes, deactivations, booth decisions, deletions." />
  // Entries carry emails and client IPs: administrators only (listAuditLog refuses anyone else too).
  if (!isAdmin(user)) {
    return (
      <>
        {header}
        <EmptyState icon={ShieldAlert} title="Administrators only" description="A booth's decisions are on the booth's own page." />
      </>
    )
  }
  const params = await searchParams
  // The shared table's search box is `q`; here it searches the actor's email.
  const query = parseTableQuery(listAuditLogQuerySchema, ['page', 'page_size', 'actor', 'action', 'sort'], { ...params, actor: params.q })
  const [page, actions] = await Promise.all([listAuditLog(user, query), listAuditActions(user)])
  return (
    <>
      {header}
      <AuditTable entries={page.items} total={page.total} page={page.page} pageSize={page.page_size} actions={actions} />
    </>
  )
}
