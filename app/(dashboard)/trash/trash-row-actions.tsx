'use client'

import { useState } from 'react'
import { ArchiveRestore, Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { useAnnouncedAction } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { ActionResult } from '@/lib/auth/dashboard-action'
import { restoreBoothsAction } from '../booths/actions'
import { restoreCompanyAction } from '../companies/actions'
import { TRASH_DAYS } from '@/lib/services/booths/booth-trash'
import { purgeBoothAction, purgeCompanyAction } from './actions'

const KINDS = {
  booth: {
    restore: (id: string) => restoreBoothsAction([id]),
    purge: purgeBoothAction,
  },
  company: {
    restore: restoreCompanyAction,
    purge: purgeCompanyAction,
  },
} satisfies Record<string, { restore: (id: string) => Promise<ActionResult>; purge: (id: string) => Promise<ActionResult> }>

/** Restore, and for administrators "Delete now" (after a confirmation naming the record). */
export function TrashRowActions({ kind, record, canPurge }: { kind: keyof typeof KINDS; record: { id: string; name: string }; canPurge: boolean }) {
  const t = useTranslations('trash')
  const [pending, run] = useAnnouncedAction()
  const [confirmPurge, setConfirmPurge] = useState(false)
  const actions = KINDS[kind]
  return (
    <div className="flex justify-end gap-2">
      <Button
        size="sm"
        variant="outline"
        disabled={pending}
        onClick={() => run(() => actions.restore(record.id))}
        aria-label={t('restoreName', { name: record.name })}
      >
        <ArchiveRestore aria-hidden />
        {t('restore')}
      </Button>
      {canPurge && (
        <>
          <Button
            size="sm"
            variant="outline"
            disabled={pending}
            onClick={() => setConfirmPurge(true)}
            aria-label={t('deleteNameNow', { name: record.name })}
            className="text-destructive hover:text-destructive"
          >
            <Trash2 aria-hidden />
            {t('deleteNow')}
          </Button>
          <ConfirmDialog
            open={confirmPurge}
            onOpenChange={setConfirmPurge}
            title={t('purgeTitle', { name: record.name })}
            description={t(`purgeDescription.${kind}`, { days: TRASH_DAYS })}
            confirmLabel={t('purgeConfirm')}
            onConfirm={() => run(() => actions.purge(record.id))}
          />
        </>
      )}
    </div>
  )
}
