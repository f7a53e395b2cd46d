'use client'

import { useMemo, useState, useTransition } from 'react'
import { useSearchParams } from 'next/navigation'
import { Ban, Download } from 'lucide-react'

import { DataTable } from '@/components/data-table/data-table'
import type { DataTableFilterDef } from '@/components/data-table/data-table-filter'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { UserJson } from '@/lib/schemas/users'
import { deactivateUsersAction } from './actions'
import { userColumns } from './user-columns'
import { announce } from './user-row-actions'

const filters: DataTableFilterDef[] = [
  { key: 'role', label: 'Role', options: [{ label: 'User', value: 'user' }, { label: 'Staff', value: 'staff' }, { label: 'Admin', value: 'admin' }] },
  { key: 'verified', label: 'Verified', options: [{ label: 'Verified', value: 'true' }, { label: 'Unverified', value: 'false' }] },
  { key: 'active', label: 'Status', options: [{ label: 'Active', value: 'true' }, { label: 'Deactivated', value: 'false' }] },
]

/** The CSV of what is on screen: the same search, filters and sort, every page. */
function ExportButton() {
  const params = new URLSearchParams(useSearchParams())
  params.delete('page')
  params.delete('page_size')
  const query = params.toString()
  return (
    <Button asChild variant="outline" size="sm" className="h-9">
      <a href={`/users/export${query ? `?${query}` : ''}`} download>
        <Download aria-hidden />
        Export CSV
      </a>
    </Button>
  )
}

function BulkDeactivate({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  return (
    <>
      <Button size="sm" variant="outline" className="h-8 bg-background" disabled={pending} onClick={() => setOpen(true)}>
        <Ban aria-hidden />
        Deactivate selected
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Deactivate ${ids.length === 1 ? '1 user' : `${ids.length} users`}?`}
        description="They are signed out everywhere at once and cannot sign in until an administrator activates them again."
        confirmLabel="Deactivate"
        onConfirm={() =>
          startTransition(async () => {
            const result = await deactivateUsersAction(ids)
            announce(result)
            if (result.ok) onDone()
          })
        }
      />
    </>
  )
}

export function UsersTable({ users, total, page, pageSize, currentUserId }: { users: UserJson[]; total: number; page: number; pageSize: number; currentUserId: string }) {
  const columns = useMemo(() => userColumns(currentUserId), [currentUserId])
  return (
    <DataTable
      label="Users"
      columns={columns}
      data={users}
      total={total}
      page={page}
      pageSize={pageSize}
      getRowId={(user) => user.id}
      filters={filters}
      searchPlaceholder="Search name or email…"
      emptyMessage="No users match this search and these filters."
      actions={<ExportButton />}
      bulkActions={(rows, clear) => <BulkDeactivate ids={rows.map((row) => row.original.id)} onDone={clear} />}
    />
  )
}
