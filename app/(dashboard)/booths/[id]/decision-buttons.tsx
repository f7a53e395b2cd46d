'use client'

import { useState, useTransition } from 'react'
import { RefreshCcw, Undo2 } from 'lucide-react'

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
  const [pending, startTransition] = useTransition()
  const [dialog, setDialog] = useState<'reopen' | 'change' | null>(null)
  const openChange = (which: 'reopen' | 'change') => (open: boolean) => setDialog(open ? which : null)
  const run = (action: () => ReturnType<typeof reopenBoothAction>) => startTransition(async () => announce(await action()))
  return (
    <>
      <Button variant="outline" disabled={pending} onClick={() => setDialog('reopen')}>
        <Undo2 aria-hidden />
        Re-open for review…
      </Button>
      <Button variant="outline" disabled={pending} onClick={() => setDialog('change')}>
        <RefreshCcw aria-hidden />
        Change decision…
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
          title={`Accept ${booth.title}?`}
          description="The rejection is withdrawn: the booth becomes visible to visitors, with its chat room, and the owner is emailed."
          confirmLabel="Accept booth"
          open={dialog === 'change'}
          onOpenChange={openChange('change')}
          onConfirm={() => run(() => acceptBoothsAction([booth.id]))}
        />
      )}
    </>
  )
}
