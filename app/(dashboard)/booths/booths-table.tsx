'use client'

import { useMemo } from 'react'

import { BulkDeleteButton } from '@/components/data-table/bulk-delete-button'
import { DataTable } from '@/components/data-table/data-table'
import { DataTableExportButton } from '@/components/data-table/data-table-export-button'
import type { DataTableFilterDef } from '@/components/data-table/data-table-filter'
import { deleteBoothsAction, restoreBoothsAction } from './actions'
import { boothColumns, type BoothTableRow } from './booth-columns'

const DATE_RANGES = [{ label: 'Dates', fromKey: 'date_from', toKey: 'date_to' }]

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
  const filters = useMemo(
    (): DataTableFilterDef[] => [
      {
        key: 'status',
        label: 'Status',
        options: [
          { label: 'Pending', value: 'pending' },
          { label: 'Accepted', value: 'accepted' },
          { label: 'Rejected', value: 'rejected' },
        ],
      },
      { key: 'company_id', label: 'Company', options: companies.map((company) => ({ label: company.name, value: company.id })) },
    ],
    [companies],
  )
  return (
    <DataTable
      label="Trade booths"
      columns={boothColumns}
      data={booths}
      total={total}
      totalCapped={totalCapped}
      page={page}
      pageSize={pageSize}
      getRowId={(booth) => booth.id}
      filters={filters}
      dateRanges={DATE_RANGES}
      searchPlaceholder="Search title, location, company…"
      emptyMessage="No booths match this search and these filters."
      actions={<DataTableExportButton href="/booths/export" />}
      bulkActions={(rows, clear) => (
        <BulkDeleteButton
          ids={rows.map((row) => row.original.id)}
          noun={['booth', 'booths']}
          description="They move to the trash with their files and chat rooms, and each owner is told by email. They can be restored from the trash for 30 days."
          action={deleteBoothsAction}
          undo={restoreBoothsAction}
          onDone={clear}
        />
      )}
    />
  )
}
