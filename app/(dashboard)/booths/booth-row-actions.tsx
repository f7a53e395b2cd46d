'use client'

import { RecordRowActions } from '@/components/data-table/row-actions-menu'
import type { DeleteConfirmation } from '@/components/feedback/delete-record-button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { deleteBoothsAction } from './actions'

/** The ⋯ menu of one booth row: open, edit, delete (with confirmation). */
export function BoothRowActions({ booth }: { booth: { id: string; title: string } }) {
  return (
    <RecordRowActions
      name={booth.title}
      href={`/booths/${booth.id}`}
      onDelete={() => deleteBoothsAction([booth.id])}
      confirmation={(dialog) => <DeleteBoothDialog title={booth.title} {...dialog} />}
    />
  )
}

export function DeleteBoothDialog({ title, ...dialog }: { title: string } & DeleteConfirmation) {
  return (
    <ConfirmDialog
      {...dialog}
      title={`Delete ${title}?`}
      description="This permanently deletes the booth, its image and brochures, and its chat room with its messages. The owner is told by email. This cannot be undone."
      confirmLabel="Delete booth"
    />
  )
}
