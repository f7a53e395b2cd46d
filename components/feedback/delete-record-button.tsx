'use client'

import { useState, useTransition, type ReactNode } from 'react'
import { useRouter } from 'next/navigation'
import { Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import type { ActionResult } from '@/lib/auth/dashboard-action'
import { announce, announceUndoable } from './announce'

/** What the confirmation of a record's delete is given (a detail page's button or a row's menu). */
export interface DeleteConfirmation {
  open: boolean
  onOpenChange: (open: boolean) => void
  onConfirm: () => void
}

/**
 * Delete from a record's detail page: `confirmation` asks, `action` deletes, then back to `listHref`.
 * With `undo` (a record that goes to the trash), the toast offers Undo, which comes back to `recordHref`.
 */
export function DeleteRecordButton({
  action,
  listHref,
  confirmation,
  undo,
  recordHref,
}: {
  action: () => Promise<ActionResult>
  listHref: string
  confirmation: (dialog: DeleteConfirmation) => ReactNode
  undo?: () => Promise<ActionResult>
  recordHref?: string
}) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const t = useTranslations('common.actions')
  const [pending, startTransition] = useTransition()
  const onConfirm = () =>
    startTransition(async () => {
      const result = await action()
      if (undo) announceUndoable(result, undo, () => recordHref && router.push(recordHref))
      else announce(result)
      if (result.ok) router.push(listHref)
    })
  return (
    <>
      <Button variant="outline" disabled={pending} onClick={() => setOpen(true)} className="text-destructive hover:text-destructive">
        <Trash2 aria-hidden />
        {t('delete')}
      </Button>
      {confirmation({ open, onOpenChange: setOpen, onConfirm })}
    </>
  )
}
