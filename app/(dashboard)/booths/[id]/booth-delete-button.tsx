'use client'

import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { Trash2 } from 'lucide-react'

import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { deleteBoothsAction } from '../actions'
import { DeleteBoothDialog } from '../booth-row-actions'

/** Delete from the detail page: confirm, then back to the list. */
export function BoothDeleteButton({ booth }: { booth: { id: string; title: string } }) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  return (
    <>
      <Button variant="outline" disabled={pending} onClick={() => setOpen(true)} className="text-destructive hover:text-destructive">
        <Trash2 aria-hidden />
        Delete
      </Button>
      <DeleteBoothDialog
        title={booth.title}
        open={open}
        onOpenChange={setOpen}
        onConfirm={() =>
          startTransition(async () => {
            const result = await deleteBoothsAction([booth.id])
            announce(result)
            if (result.ok) router.push('/booths')
          })
        }
      />
    </>
  )
}
