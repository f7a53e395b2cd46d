'use client'

import { useMemo } from 'react'
import { Ban } from 'lucide-react'

import { BulkActionButton } from '@/components/data-table/bulk-action-button'
import { DataTable } from '@/components/data-table/data-table'
import { DataTableExportButton } from '@/components/data-table/data-table-export-button'
import type { DataTableFilterDef } from '@/components/data-table/data-table-filter'
import type { UserJson } from '@/lib/schemas/users'
import { deactivateUsersAction } from './actions'
import { userColumns } from './user-columns'

const filters: DataTableFilterDef[] = [
  {
    key: 'role',
    label: 'Role',
    options: [
      { label: 'User', value: 'user' },
      { label: 'Staff', value: 'staff' },
      { label: 'Admin', value: 'admin' },
    ],
  },
  {
    key: 'verified',
    label: 'Verified',
    options: [
      { label: 'Verified', value: 'true' },
      { label: 'Unverified', value: 'false' },
    ],
  },
  {
    key: 'active',
    label: 'Status',
    options: [
      { label: 'Active', value: 'true' },
      { label: 'Deactivated', value: 'false' },
    ],
  },
]

function BulkDeactivate({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  return (
    <BulkActionButton
      ids={ids}
      icon={Ban}
      label="Deactivate selected"
      title={`Deactivate ${ids.length === 1 ? '1 user' : `${ids.length} users`}?`}
      description="They are signed out everywhere at once and cannot sign in until an administrator activates them again."
      confirmLabel="Deactivate"
      action={deactivateUsersAction}
      onDone={onDone}
    />
  )
}

export function UsersTable({
  users,
  total,
  totalCapped,
  page,
  pageSize,
  currentUserId,
}: {
  users: UserJson[]
  total: number
  totalCapped: boolean
  page: number
  pageSize: number
  currentUserId: string
}) {
  const columns = useMemo(() => userColumns(currentUserId), [currentUserId])
  return (
    <DataTable
      label="Users"
      columns={columns}
      data={users}
      total={total}
      totalCapped={totalCapped}
      page={page}
      pageSize={pageSize}
      getRowId={(user) => user.id}
      filters={filters}
      searchPlaceholder="Search name or email…"
      emptyMessage="No users match this search and these filters."
      actions={<DataTableExportButton href="/users/export" />}
      bulkActions={(rows, clear) => <BulkDeactivate ids={rows.map((row) => row.original.id)} onDone={clear} />}
    />
  )
}
