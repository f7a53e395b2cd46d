'use client'

import { RecordRowActions } from '@/components/data-table/row-actions-menu'
import type { DeleteConfirmation } from '@/components/feedback/delete-record-button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { deleteCompanyAction, restoreCompanyAction } from './actions'

/** The ⋯ menu of one company row: open, edit, delete (with confirmation, then Undo in the toast). */
export function CompanyRowActions({ company }: { company: { id: string; name: string; booths?: number } }) {
  return (
    <RecordRowActions
      name={company.name}
      href={`/companies/${company.id}`}
      onDelete={() => deleteCompanyAction(company.id)}
      onUndo={() => restoreCompanyAction(company.id)}
      confirmation={(dialog) => <DeleteCompanyDialog company={company} booths={company.booths ?? 0} {...dialog} />}
    />
  )
}

export function DeleteCompanyDialog({ company, booths, ...dialog }: { company: { name: string }; booths: number } & DeleteConfirmation) {
  return (
    <ConfirmDialog
      {...dialog}
      title={`Delete ${company.name}?`}
      description={
        <>
          This moves the company, its logo
          {booths > 0 ? ` and its ${booths === 1 ? 'booth' : `${booths} booths`} with their files and chat rooms` : ''} to the trash, where they can be restored
          for 30 days. The owner is told by email.
        </>
      }
      confirmLabel="Delete company"
    />
  )
}
