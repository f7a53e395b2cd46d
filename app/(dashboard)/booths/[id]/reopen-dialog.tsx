'use client'

import { useState } from 'react'

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
  const [note, setNote] = useState('')
  const send = () => {
    onReopen(note.trim())
    setNote('')
    onOpenChange(false)
  }
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogTitle>Re-open {title} for review?</DialogTitle>
        <DialogDescription>
          {status === 'accepted'
            ? 'It leaves the public listings (its chat room too) until it is accepted again, and goes back to the review queue.'
            : 'The rejection is withdrawn and the booth goes back to the review queue.'}{' '}
          The owner is emailed.
        </DialogDescription>
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            send()
          }}
        >
          <Label htmlFor="reopen-note">Note for the owner (optional)</Label>
          <Textarea
            id="reopen-note"
            autoFocus
            rows={3}
            maxLength={MAX}
            value={note}
            placeholder="e.g. The keynote moved; your slot is free again."
            onChange={(event) => setNote(event.target.value)}
          />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit">Re-open for review</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
