'use client'

import { useTranslations } from 'next-intl'

import { BulkDeleteButton } from '@/components/data-table/bulk-delete-button'
import { DataTable } from '@/components/data-table/data-table'
import { DataTableExportButton } from '@/components/data-table/data-table-export-button'
import { deleteCompaniesAction, restoreCompaniesAction } from './actions'
import { useCompanyColumns, type CompanyTableRow } from './company-columns'

export function CompaniesTable({ companies, total, page, pageSize }: { companies: CompanyTableRow[]; total: number; page: number; pageSize: number }) {
  const t = useTranslations('companies.list')
  const columns = useCompanyColumns()
  return (
    <DataTable
      label={t('tableLabel')}
      columns={columns}
      data={companies}
      total={total}
      page={page}
      pageSize={pageSize}
      getRowId={(company) => company.id}
      searchPlaceholder={t('search')}
      emptyMessage={t('empty')}
      actions={<DataTableExportButton href="/companies/export" />}
      bulkActions={(rows, clear) => (
        <BulkDeleteButton
          ids={rows.map((row) => row.original.id)}
          noun={[t('nounOne'), t('nounOther')]}
          description={t('bulkDescription')}
          action={deleteCompaniesAction}
          undo={restoreCompaniesAction}
          onDone={clear}
        />
      )}
    />
  )
}
