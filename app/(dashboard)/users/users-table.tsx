'use client'

import { useMemo } from 'react'
import { Ban } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { BulkActionButton } from '@/components/data-table/bulk-action-button'
import { DataTable } from '@/components/data-table/data-table'
import { DataTableExportButton } from '@/components/data-table/data-table-export-button'
import type { DataTableFilterDef } from '@/components/data-table/data-table-filter'
import type { UserJson } from '@/lib/schemas/users'
import { deactivateUsersAction } from './actions'
import { userColumns } from './user-columns'

function userFilters(t: ReturnType<typeof useTranslations<'users'>>): DataTableFilterDef[] {
  return [
    {
      key: 'role',
      label: t('columns.role'),
      options: [
        { label: t('role.user'), value: 'user' },
        { label: t('role.staff'), value: 'staff' },
        { label: t('role.admin'), value: 'admin' },
      ],
    },
    {
      key: 'verified',
      label: t('columns.verified'),
      options: [
        { label: t('verified'), value: 'true' },
        { label: t('unverified'), value: 'false' },
      ],
    },
    {
      key: 'active',
      label: t('columns.status'),
      options: [
        { label: t('active'), value: 'true' },
        { label: t('deactivated'), value: 'false' },
      ],
    },
  ]
}

function BulkDeactivate({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const t = useTranslations('users')
  return (
    <BulkActionButton
      ids={ids}
      icon={Ban}
      label={t('bulk.label')}
      title={t('bulk.title', { count: ids.length })}
      description={t('bulk.description')}
      confirmLabel={t('bulk.confirm')}
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
  const t = useTranslations('users')
  const columns = useMemo(() => userColumns(currentUserId, t), [currentUserId, t])
  const filters = useMemo(() => userFilters(t), [t])
  return (
    <DataTable
      label={t('title')}
      columns={columns}
      data={users}
      total={total}
      totalCapped={totalCapped}
      page={page}
      pageSize={pageSize}
      getRowId={(user) => user.id}
      filters={filters}
      searchPlaceholder={t('search')}
      emptyMessage={t('empty')}
      actions={<DataTableExportButton href="/users/export" />}
      bulkActions={(rows, clear) => <BulkDeactivate ids={rows.map((row) => row.original.id)} onDone={clear} />}
    />
  )
}
