'use client'

import { useState, useTransition } from 'react'
import { Trash2 } from 'lucide-react'

import { DataTable } from '@/components/data-table/data-table'
import { DataTableExportButton } from '@/components/data-table/data-table-export-button'
import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { deleteCompaniesAction } from './actions'
import { companyColumns, type CompanyTableRow } from './company-columns'

function BulkDelete({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  const count = ids.length === 1 ? '1 company' : `${ids.length} companies`
  return (
    <>
      <Button size="sm" variant="outline" className="h-8 bg-background" disabled={pending} onClick={() => setOpen(true)}>
        <Trash2 aria-hidden />
        Delete selected
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete ${count}?`}
        description="Their booths, files and chat rooms are deleted with them, and each owner is told by email. This cannot be undone."
        confirmLabel={`Delete ${count}`}
        onConfirm={() =>
          startTransition(async () => {
            const result = await deleteCompaniesAction(ids)
            announce(result)
            if (result.ok) onDone()
          })
        }
      />
    </>
  )
}

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
      bulkActions={(rows, clear) => <BulkDelete ids={rows.map((row) => row.original.id)} onDone={clear} />}
    />
  )
}
