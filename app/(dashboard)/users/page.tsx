import type { Metadata } from 'next'
import { ShieldAlert } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'
import { isAdmin, requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listUsers } from '@/lib/services/users/list-users'
import { usersQuery } from './users-query'
import { UsersTable } from './users-table'

export const metadata: Metadata = { title: 'Users' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const header = <PageHeader title="Users" description="Everyone with an account: search, filter by role, change roles and deactivate accounts." />
  if (!isAdmin(user)) {
    return (
      <>
        {header}
        <EmptyState icon={ShieldAlert} title="Administrators only" description="Ask an administrator if you need to change someone's role or account." />
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
