'use client'

import { DeleteRecordButton } from '@/components/feedback/delete-record-button'
import { deleteBoothsAction } from '../actions'
import { DeleteBoothDialog } from '../booth-row-actions'

/** Delete from the detail page: confirm, then back to the list. */
export function BoothDeleteButton({ booth }: { booth: { id: string; title: string } }) {
  return (
    <DeleteRecordButton
      listHref="/booths"
      action={() => deleteBoothsAction([booth.id])}
      confirmation={(dialog) => <DeleteBoothDialog title={booth.title} {...dialog} />}
    />
  )
}
