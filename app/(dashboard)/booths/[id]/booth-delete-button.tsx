'use client'

import { useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { announceUndoable } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { deleteBoothsAction, restoreBoothsAction } from '../actions'

/** Delete from the detail page: at once to the trash and back to the list; Undo in the toast brings the booth (and this page) back. */
export function BoothDeleteButton({ booth }: { booth: { id: string; title: string } }) {
  const t = useTranslations('booths.detail')
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const onDelete = () =>
    startTransition(async () => {
      const result = await deleteBoothsAction([booth.id])
      announceUndoable(
        result,
        () => restoreBoothsAction([booth.id]),
        () => router.push(`/booths/${booth.id}`),
      )
      if (result.ok) router.push('/booths')
    })
  return (
    <Button variant="outline" disabled={pending} onClick={onDelete} className="text-destructive hover:text-destructive">
      <Trash2 aria-hidden />
      {t('delete')}
    </Button>
  )
}
