'use client'

import { Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { RowActionsMenu, viewEditActions } from '@/components/data-table/row-actions-menu'
import { useUndoableAction } from '@/components/feedback/announce'
import { deleteBoothsAction, restoreBoothsAction } from './actions'

/**
 * The ⋯ menu of one booth row: open, edit, delete. Deleting happens at once, with Undo in the toast:
 * the booth only moves to the trash, where it can also be restored for 30 days.
 */
export function BoothRowActions({ booth }: { booth: { id: string; title: string } }) {
  const t = useTranslations('booths.actions')
  const [pending, run] = useUndoableAction()
  return (
    <RowActionsMenu
      name={booth.title}
      pending={pending}
      actions={[
        ...viewEditActions(`/booths/${booth.id}`),
        {
          label: t('delete'),
          icon: Trash2,
          destructive: true,
          onSelect: () =>
            run(
              () => deleteBoothsAction([booth.id]),
              () => restoreBoothsAction([booth.id]),
            ),
        },
      ]}
    />
  )
}
