'use client'

import { useState } from 'react'

import { deleteAction, RowActionsMenu, viewEditActions } from '@/components/data-table/row-actions-menu'
import { useAnnouncedAction } from '@/components/feedback/announce'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { deleteBoothsAction } from './actions'

/** The ⋯ menu of one booth row: open, edit, delete (with confirmation). */
export function BoothRowActions({ booth }: { booth: { id: string; title: string } }) {
  const [pending, run] = useAnnouncedAction()
  const [confirmDelete, setConfirmDelete] = useState(false)
  return (
    <>
      <RowActionsMenu name={booth.title} pending={pending} actions={[...viewEditActions(`/booths/${booth.id}`), deleteAction(() => setConfirmDelete(true))]} />
      <DeleteBoothDialog title={booth.title} open={confirmDelete} onOpenChange={setConfirmDelete} onConfirm={() => run(() => deleteBoothsAction([booth.id]))} />
    </>
  )
}

export function DeleteBoothDialog({
  title,
  open,
  onOpenChange,
  onConfirm,
}: {
  title: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onConfirm: () => void
}) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${title}?`}
      description="This permanently deletes the booth, its image and brochures, and its chat room with its messages. The owner is told by email. This cannot be undone."
      confirmLabel="Delete booth"
      onConfirm={onConfirm}
    />
  )
}
