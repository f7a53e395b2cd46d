'use client'

import { useState, useTransition } from 'react'
import { Check, X } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { acceptBoothsAction, rejectBoothAction } from '../../review/actions'
import { RejectDialog } from '../../review/reject-dialog'

/** Accept or reject a pending booth from its detail page, as the review queue does. */
export function ReviewButtons({ booth }: { booth: { id: string; title: string } }) {
  const t = useTranslations('booths.review')
  const [pending, startTransition] = useTransition()
  const [rejecting, setRejecting] = useState(false)
  return (
    <>
      <Button disabled={pending} onClick={() => startTransition(async () => announce(await acceptBoothsAction([booth.id])))}>
        <Check aria-hidden />
        {t('accept')}
      </Button>
      <Button variant="outline" disabled={pending} onClick={() => setRejecting(true)}>
        <X aria-hidden />
        {t('reject')}
      </Button>
      <RejectDialog
        title={booth.title}
        open={rejecting}
        onOpenChange={setRejecting}
        onReject={(reason) => startTransition(async () => announce(await rejectBoothAction(booth.id, reason)))}
      />
    </>
  )
}
