'use client'

import { useMemo } from 'react'
import { useTranslations } from 'next-intl'

import { BulkDeleteButton } from '@/components/data-table/bulk-delete-button'
import { DataTable } from '@/components/data-table/data-table'
import { DataTableExportButton } from '@/components/data-table/data-table-export-button'
import type { DataTableFilterDef } from '@/components/data-table/data-table-filter'
import { deleteBoothsAction, restoreBoothsAction } from './actions'
import { useBoothColumns, type BoothTableRow } from './booth-columns'

export function BoothsTable({
  booths,
  total,
  totalCapped,
  page,
  pageSize,
  companies,
}: {
  booths: BoothTableRow[]
  total: number
  totalCapped: boolean
  page: number
  pageSize: number
  companies: { id: string; name: string }[]
}) {
  const t = useTranslations('booths')
  const columns = useBoothColumns()
  const dateRanges = useMemo(() => [{ label: t('list.dates'), fromKey: 'date_from', toKey: 'date_to' }], [t])
  const filters = useMemo(
    (): DataTableFilterDef[] => [
      {
        key: 'status',
        label: t('list.status'),
        options: [
          { label: t('status.pending'), value: 'pending' },
          { label: t('status.accepted'), value: 'accepted' },
          { label: t('status.rejected'), value: 'rejected' },
        ],
      },
      { key: 'company_id', label: t('list.company'), options: companies.map((company) => ({ label: company.name, value: company.id })) },
    ],
    [companies, t],
  )
  return (
    <DataTable
      label={t('list.tableLabel')}
      columns={columns}
      data={booths}
      total={total}
      totalCapped={totalCapped}
      page={page}
      pageSize={pageSize}
      getRowId={(booth) => booth.id}
      filters={filters}
      dateRanges={dateRanges}
      searchPlaceholder={t('list.search')}
      emptyMessage={t('list.empty')}
      actions={<DataTableExportButton href="/booths/export" />}
      bulkActions={(rows, clear) => (
        <BulkDeleteButton
          ids={rows.map((row) => row.original.id)}
          noun={[t('list.nounOne'), t('list.nounOther')]}
          description={t('list.bulkDescription')}
          action={deleteBoothsAction}
          undo={restoreBoothsAction}
          onDone={clear}
        />
      )}
    />
  )
}
