'use client'

import { useState, useTransition } from 'react'
import type { LucideIcon } from 'lucide-react'

import { announce, announceUndoable } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { ActionResult } from '@/lib/auth/dashboard-action'

interface BulkActionButtonProps {
  ids: string[]
  icon: LucideIcon
  /** The button's text, e.g. "Delete selected". */
  label: string
  /** The confirmation's title, its explanation and its confirming button. */
  title: string
  description: string
  confirmLabel: string
  action: (ids: string[]) => Promise<ActionResult>
  /** After a successful action (clears the selection). */
  onDone: () => void
  /** Takes the action back: offered as Undo in the toast. */
  undo?: (ids: string[]) => Promise<ActionResult>
}

/** A button of a table's bulk bar: asks first, then runs the server action on the selected ids and reports its answer. */
export function BulkActionButton({ ids, icon: Icon, label, title, description, confirmLabel, action, onDone, undo }: BulkActionButtonProps) {
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  return (
    <>
      <Button size="sm" variant="outline" className="h-8 bg-background" disabled={pending} onClick={() => setOpen(true)}>
        <Icon aria-hidden />
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        onConfirm={() =>
          startTransition(async () => {
            const result = await action(ids)
            if (undo) announceUndoable(result, () => undo(ids))
            else announce(result)
            if (result.ok) onDone()
          })
        }
      />
    </>
  )
}
