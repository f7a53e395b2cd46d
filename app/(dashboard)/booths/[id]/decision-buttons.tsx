'use client'

import { useState, useTransition } from 'react'
import { RefreshCcw, Undo2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { acceptBoothsAction, rejectBoothAction, reopenBoothAction } from '../../review/actions'
import { RejectDialog } from '../../review/reject-dialog'
import { ReopenDialog } from './reopen-dialog'

/**
 * For a booth already decided: re-open it for review, or turn the decision round (an accepted booth
 * is rejected with a reason; a rejected one accepted). Each asks first, naming the booth.
 */
export function DecisionButtons({ booth }: { booth: { id: string; title: string; status: 'accepted' | 'rejected' } }) {
  const t = useTranslations('booths.decision')
  const [pending, startTransition] = useTransition()
  const [dialog, setDialog] = useState<'reopen' | 'change' | null>(null)
  const openChange = (which: 'reopen' | 'change') => (open: boolean) => setDialog(open ? which : null)
  const run = (action: () => ReturnType<typeof reopenBoothAction>) => startTransition(async () => announce(await action()))
  return (
    <>
      <Button variant="outline" disabled={pending} onClick={() => setDialog('reopen')}>
        <Undo2 aria-hidden />
        {t('reopen')}
      </Button>
      <Button variant="outline" disabled={pending} onClick={() => setDialog('change')}>
        <RefreshCcw aria-hidden />
        {t('change')}
      </Button>
      <ReopenDialog
        title={booth.title}
        status={booth.status}
        open={dialog === 'reopen'}
        onOpenChange={openChange('reopen')}
        onReopen={(note) => run(() => reopenBoothAction(booth.id, note))}
      />
      {booth.status === 'accepted' ? (
        <RejectDialog
          title={booth.title}
          open={dialog === 'change'}
          onOpenChange={openChange('change')}
          onReject={(reason) => run(() => rejectBoothAction(booth.id, reason))}
        />
      ) : (
        <ConfirmDialog
          title={t('acceptTitle', { title: booth.title })}
          description={t('acceptDescription')}
          confirmLabel={t('acceptConfirm')}
          open={dialog === 'change'}
          onOpenChange={openChange('change')}
          onConfirm={() => run(() => acceptBoothsAction([booth.id]))}
        />
      )}
    </>
  )
}
