import type { Metadata } from 'next'
import { ShieldAlert } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

import { parseTableQuery } from '@/components/data-table/parse-table-query'
import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'
import { isAdmin, requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listAuditActions, listAuditLog, listAuditLogQuerySchema } from '@/lib/services/audit/list-audit-log'
import { AuditTable } from './audit-table'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('page.title') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const t = await getTranslations('audit')
  const header = <PageHeader title={t('page.title')} description={t('page.description')} />
  // Entries carry emails and client IPs: administrators only (listAuditLog refuses anyone else too).
  if (!isAdmin(user)) {
    return (
      <>
        {header}
        <EmptyState icon={ShieldAlert} title={t('page.adminsOnly')} description={t('page.adminsOnlyDescription')} />
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
