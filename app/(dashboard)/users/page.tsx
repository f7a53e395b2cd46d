import type { Metadata } from 'next'
import { Users } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Users' }

export default function UsersPage() {
  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone with an account: search, filter by role, change roles and deactivate accounts."
      />
      <EmptyState
        icon={Users}
        title="No users yet"
        description="Accounts created in the apps or from this dashboard will be listed here."
      />
    </>
  )
}
