'use client'

import { useState } from 'react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle } from '@/components/ui/dialog'
import { Label } from '@/components/ui/label'
import { Textarea } from '@/components/ui/textarea'

const MAX = 500

/**
 * Asks why a booth is rejected. Focus starts in the reason; Enter sends (Shift+Enter for a new line),
 * Escape cancels: a rejection is two keystrokes plus the reason.
 */
export function RejectDialog({
  title,
  open,
  onOpenChange,
  onReject,
}: {
  title: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onReject: (reason: string) => void
}) {
  const t = useTranslations('review.reject')
  const [reason, setReason] = useState('')
  const trimmed = reason.trim()
  const send = () => {
    if (!trimmed) return
    onReject(trimmed)
    setReason('')
    onOpenChange(false)
  }
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogTitle>{t('title', { title })}</DialogTitle>
        <DialogDescription>{t('description')}</DialogDescription>
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            send()
          }}
        >
          <Label htmlFor="reject-reason">{t('reason')}</Label>
          <Textarea
            id="reject-reason"
            autoFocus
            rows={3}
            maxLength={MAX}
            value={reason}
            placeholder={t('placeholder')}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault()
                send()
              }
            }}
          />
          <p className="text-xs text-muted-foreground">{t('hint', { length: trimmed.length, max: MAX })}</p>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t('cancel')}
            </Button>
            <Button type="submit" variant="destructive" disabled={!trimmed}>
              {t('submit')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
