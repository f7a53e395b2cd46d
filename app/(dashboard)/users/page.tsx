import type { Metadata } from 'next'
import { ShieldAlert } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'
import { isAdmin, requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listUsers } from '@/lib/services/users/list-users'
import { usersQuery } from './users-query'
import { UsersTable } from './users-table'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('users'))('title') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const t = await getTranslations('users')
  const header = <PageHeader title={t('title')} description={t('description')} />
  if (!isAdmin(user)) {
    return (
      <>
        {header}
        <EmptyState icon={ShieldAlert} title={t('adminsOnly')} description={t('adminsOnlyDescription')} />
      </>
    )
  }

  const query = usersQuery(await searchParams)
  const page = await listUsers(query)
  return (
    <>
      {header}
      <UsersTable users={page.items} total={page.total} totalCapped={page.total_capped} page={page.page} pageSize={page.page_size} currentUserId={user.id} />
    </>
  )
}
