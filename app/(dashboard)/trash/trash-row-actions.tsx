'use client'

import { useState } from 'react'
import { ArchiveRestore, Trash2 } from 'lucide-react'

import { useAnnouncedAction } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { ActionResult } from '@/lib/auth/dashboard-action'
import { restoreBoothsAction } from '../booths/actions'
import { restoreCompanyAction } from '../companies/actions'
import { purgeBoothAction, purgeCompanyAction } from './actions'

const KINDS = {
  booth: {
    restore: (id: string) => restoreBoothsAction([id]),
    purge: purgeBoothAction,
    goes: 'Its image and brochures, its chat room and every message in it are deleted now',
  },
  company: {
    restore: restoreCompanyAction,
    purge: purgeCompanyAction,
    goes: 'Its logo and the booths that went with it, with their files, chat rooms and messages, are deleted now',
  },
} satisfies Record<string, { restore: (id: string) => Promise<ActionResult>; purge: (id: string) => Promise<ActionResult>; goes: string }>

/** Restore, and for administrators "Delete now" (after a confirmation naming the record). */
export function TrashRowActions({ kind, record, canPurge }: { kind: keyof typeof KINDS; record: { id: string; name: string }; canPurge: boolean }) {
  const [pending, run] = useAnnouncedAction()
  const [confirmPurge, setConfirmPurge] = useState(false)
  const actions = KINDS[kind]
  return (
    <div className="flex justify-end gap-2">
      <Button size="sm" variant="outline" disabled={pending} onClick={() => run(() => actions.restore(record.id))} aria-label={`Restore ${record.name}`}>
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
            aria-label={`Delete ${record.name} now`}
            className="text-destructive hover:text-destructive"
          >
            <Trash2 aria-hidden />
            Delete now
          </Button>
          <ConfirmDialog
            open={confirmPurge}
            onOpenChange={setConfirmPurge}
            title={`Delete ${record.name} for good?`}
            description={`${actions.goes} instead of at the end of its 30 days. This cannot be undone.`}
            confirmLabel="Delete for good"
            onConfirm={() => run(() => actions.purge(record.id))}
          />
        </>
      )}
    </div>
  )
}
