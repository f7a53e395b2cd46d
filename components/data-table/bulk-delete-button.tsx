'use client'

import { Trash2 } from 'lucide-react'

import type { ActionResult } from '@/lib/auth/dashboard-action'
import { BulkActionButton } from './bulk-action-button'

interface BulkDeleteButtonProps {
  ids: string[]
  /** Singular and plural nouns for the confirmation, e.g. ['booth', 'booths']. */
  noun: [string, string]
  /** What else goes with the records, shown before they are deleted. */
  description: string
  action: (ids: string[]) => Promise<ActionResult>
  onDone: () => void
  /** For records that go to a trash: Undo in the toast. */
  undo?: (ids: string[]) => Promise<ActionResult>
}

/** "Delete selected" for a table's bulk bar: asks first, then reports the server action's answer. */
export function BulkDeleteButton({ ids, noun, description, action, onDone, undo }: BulkDeleteButtonProps) {
  const count = ids.length === 1 ? `1 ${noun[0]}` : `${ids.length} ${noun[1]}`
  return (
    <BulkActionButton
      ids={ids}
      icon={Trash2}
      label="Delete selected"
      title={`Delete ${count}?`}
      description={description}
      confirmLabel={`Delete ${count}`}
      action={action}
      onDone={onDone}
      undo={undo}
    />
  )
}
