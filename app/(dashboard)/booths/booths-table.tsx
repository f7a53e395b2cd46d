'use client'

import { useMemo, useState, useTransition } from 'react'
import { Trash2 } from 'lucide-react'

import { DataTable } from '@/components/data-table/data-table'
import { DataTableExportButton } from '@/components/data-table/data-table-export-button'
import type { DataTableFilterDef } from '@/components/data-table/data-table-filter'
import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { deleteBoothsAction } from './actions'
import { boothColumns, type BoothTableRow } from './booth-columns'

const DATE_RANGES = [{ label: 'Dates', fromKey: 'date_from', toKey: 'date_to' }]

function BulkDelete({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  const count = ids.length === 1 ? '1 booth' : `${ids.length} booths`
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
        description="Their files and chat rooms are deleted with them, and each owner is told by email. This cannot be undone."
        confirmLabel={`Delete ${count}`}
        onConfirm={() =>
          startTransition(async () => {
            const result = await deleteBoothsAction(ids)
            announce(result)
            if (result.ok) onDone()
          })
        }
      />
    </>
  )
}

export function BoothsTable({ booths, total, page, pageSize, companies }: { booths: BoothTableRow[]; total: number; page: number; pageSize: number; companies: { id: string; name: string }[] }) {
  const filters = useMemo(
    (): DataTableFilterDef[] => [
      { key: 'status', label: 'Status', options: [{ label: 'Pending', value: 'pending' }, { label: 'Accepted', value: 'accepted' }, { label: 'Rejected', value: 'rejected' }] },
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
      page={page}
      pageSize={pageSize}
      getRowId={(booth) => booth.id}
      filters={filters}
      dateRanges={DATE_RANGES}
      searchPlaceholder="Search title, location, company…"
      emptyMessage="No booths match this search and these filters."
      actions={<DataTableExportButton href="/booths/export" />}
      bulkActions={(rows, clear) => <BulkDelete ids={rows.map((row) => row.original.id)} onDone={clear} />}
    />
  )
}
