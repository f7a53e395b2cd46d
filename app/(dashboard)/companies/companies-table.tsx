'use client'

import { BulkDeleteButton } from '@/components/data-table/bulk-delete-button'
import { DataTable } from '@/components/data-table/data-table'
import { DataTableExportButton } from '@/components/data-table/data-table-export-button'
import { deleteCompaniesAction, restoreCompaniesAction } from './actions'
import { companyColumns, type CompanyTableRow } from './company-columns'

export function CompaniesTable({ companies, total, page, pageSize }: { companies: CompanyTableRow[]; total: number; page: number; pageSize: number }) {
  return (
    <DataTable
      label="Companies"
      columns={companyColumns}
      data={companies}
      total={total}
      page={page}
      pageSize={pageSize}
      getRowId={(company) => company.id}
      searchPlaceholder="Search name or location…"
      emptyMessage="No companies match this search."
      actions={<DataTableExportButton href="/companies/export" />}
      bulkActions={(rows, clear) => (
        <BulkDeleteButton
          ids={rows.map((row) => row.original.id)}
          noun={['company', 'companies']}
          description="They move to the trash with their booths, files and chat rooms, and each owner is told by email. They can be restored from the trash for 30 days."
          action={deleteCompaniesAction}
          undo={restoreCompaniesAction}
          onDone={clear}
        />
      )}
    />
  )
}
