'use client'

import { useState } from 'react'

import { deleteAction, RowActionsMenu, viewEditActions } from '@/components/data-table/row-actions-menu'
import { useAnnouncedAction } from '@/components/feedback/announce'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { deleteCompanyAction } from './actions'

/** The ⋯ menu of one company row: open, edit, delete (with confirmation). */
export function CompanyRowActions({ company }: { company: { id: string; name: string; booths?: number } }) {
  const [pending, run] = useAnnouncedAction()
  const [confirmDelete, setConfirmDelete] = useState(false)
  return (
    <>
      <RowActionsMenu
        name={company.name}
        pending={pending}
        actions={[...viewEditActions(`/companies/${company.id}`), deleteAction(() => setConfirmDelete(true))]}
      />
      <DeleteCompanyDialog
        company={company}
        booths={company.booths ?? 0}
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        onConfirm={() => run(() => deleteCompanyAction(company.id))}
      />
    </>
  )
}

export function DeleteCompanyDialog({
  company,
  booths,
  open,
  onOpenChange,
  onConfirm,
}: {
  company: { name: string }
  booths: number
  open: boolean
  onOpenChange: (open: boolean) => void
  onConfirm: () => void
}) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${company.name}?`}
      description={
        <>
          This permanently deletes the company, its logo
          {booths > 0 ? `, its ${booths === 1 ? 'booth' : `${booths} booths`} with their files and chat rooms` : ''}. The owner is told by email. This cannot be
          undone.
        </>
      }
      confirmLabel="Delete company"
      onConfirm={onConfirm}
    />
  )
}
