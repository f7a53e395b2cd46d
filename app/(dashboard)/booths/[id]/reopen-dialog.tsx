'use client'

import { useState } from 'react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle } from '@/components/ui/dialog'
import { Label } from '@/components/ui/label'
import { Textarea } from '@/components/ui/textarea'

const MAX = 500

/** Asks before a decided booth goes back to review, naming it and what follows; the note is optional. */
export function ReopenDialog({
  title,
  status,
  open,
  onOpenChange,
  onReopen,
}: {
  title: string
  status: 'accepted' | 'rejected'
  open: boolean
  onOpenChange: (open: boolean) => void
  onReopen: (note: string) => void
}) {
  const t = useTranslations('booths.reopen')
  const [note, setNote] = useState('')
  const send = () => {
    onReopen(note.trim())
    setNote('')
    onOpenChange(false)
  }
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogTitle>{t('title', { title })}</DialogTitle>
        <DialogDescription>{status === 'accepted' ? t('descriptionAccepted') : t('descriptionRejected')}</DialogDescription>
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            send()
          }}
        >
          <Label htmlFor="reopen-note">{t('note')}</Label>
          <Textarea
            id="reopen-note"
            autoFocus
            rows={3}
            maxLength={MAX}
            value={note}
            placeholder={t('placeholder')}
            onChange={(event) => setNote(event.target.value)}
          />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t('cancel')}
            </Button>
            <Button type="submit">{t('submit')}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
