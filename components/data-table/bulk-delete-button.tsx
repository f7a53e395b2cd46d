'use client'

import { useState, useTransition } from 'react'
import { Trash2 } from 'lucide-react'

import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { ActionResult } from '@/lib/auth/dashboard-action'

interface BulkDeleteButtonProps {
  ids: string[]
  /** Singular and plural nouns for the confirmation, e.g. ['booth', 'booths']. */
  noun: [string, string]
  /** What else goes with the records, shown before they are deleted. */
  description: string
  action: (ids: string[]) => Promise<ActionResult>
  onDone: () => void
}

/** "Delete selected" for a table's bulk bar: asks first, then reports the server action's answer. */
export function BulkDeleteButton({ ids, noun, description, action, onDone }: BulkDeleteButtonProps) {
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  const count = ids.length === 1 ? `1 ${noun[0]}` : `${ids.length} ${noun[1]}`
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
        description={description}
        confirmLabel={`Delete ${count}`}
        onConfirm={() =>
          startTransition(async () => {
            const result = await action(ids)
            announce(result)
            if (result.ok) onDone()
          })
        }
      />
    </>
  )
}
