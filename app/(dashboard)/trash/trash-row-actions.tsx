'use client'

import { useState } from 'react'
import { ArchiveRestore, Trash2 } from 'lucide-react'

import { useAnnouncedAction } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { restoreBoothsAction } from '../booths/actions'
import { purgeBoothAction } from './actions'

/** Restore, and for administrators "Delete now" (after a confirmation naming the booth). */
export function TrashRowActions({ booth, canPurge }: { booth: { id: string; title: string }; canPurge: boolean }) {
  const [pending, run] = useAnnouncedAction()
  const [confirmPurge, setConfirmPurge] = useState(false)
  return (
    <div className="flex justify-end gap-2">
      <Button size="sm" variant="outline" disabled={pending} onClick={() => run(() => restoreBoothsAction([booth.id]))} aria-label={`Restore ${booth.title}`}>
        <ArchiveRestore aria-hidden />
        Restore
      </Button>
      {canPurge && (
        <>
          <Button
            size="sm"
            variant="outline"
            disabled={pending}
            onClick={() => setConfirmPurge(true)}
            aria-label={`Delete ${booth.title} now`}
            className="text-destructive hover:text-destructive"
          >
            <Trash2 aria-hidden />
            Delete now
          </Button>
          <ConfirmDialog
            open={confirmPurge}
            onOpenChange={setConfirmPurge}
            title={`Delete ${booth.title} for good?`}
            description="Its image and brochures, its chat room and every message in it are deleted now instead of at the end of its 30 days. This cannot be undone."
            confirmLabel="Delete for good"
            onConfirm={() => run(() => purgeBoothAction(booth.id))}
          />
        </>
      )}
    </div>
  )
}
