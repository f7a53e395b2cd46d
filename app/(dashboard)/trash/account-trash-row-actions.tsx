'use client'

import { useState } from 'react'
import { ArchiveRestore, Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { useAnnouncedAction } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { purgeUserAction, restoreUserAction } from '../users/account-trash-actions'

/** An account's Restore and "Delete now" (after a confirmation naming it); admins only see these. */
export function AccountTrashRowActions({ account }: { account: { id: string; name: string } }) {
  const t = useTranslations('accounts.trash')
  const [pending, run] = useAnnouncedAction()
  const [confirmPurge, setConfirmPurge] = useState(false)
  return (
    <div className="flex justify-end gap-2">
      <Button
        size="sm"
        variant="outline"
        disabled={pending}
        onClick={() => run(() => restoreUserAction(account.id))}
        aria-label={t('restoreLabel', { name: account.name })}
      >
        <ArchiveRestore aria-hidden />
        {t('restore')}
      </Button>
      <Button
        size="sm"
        variant="outline"
        disabled={pending}
        onClick={() => setConfirmPurge(true)}
        aria-label={t('deleteNowLabel', { name: account.name })}
        className="text-destructive hover:text-destructive"
      >
        <Trash2 aria-hidden />
        {t('deleteNow')}
      </Button>
      <ConfirmDialog
        open={confirmPurge}
        onOpenChange={setConfirmPurge}
        title={t('confirmTitle', { name: account.name })}
        description={t('confirmDescription')}
        confirmLabel={t('confirmLabel')}
        onConfirm={() => run(() => purgeUserAction(account.id))}
      />
    </div>
  )
}
