'use client'

import { useState, useTransition } from 'react'
import { Plus } from 'lucide-react'
import { toast } from 'sonner'

import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { ROOM_NAME_MAX } from '@/lib/schemas/room-limits'
import { createRoomAction } from './actions'

/** "Create room": a general room, named in a small dialog; the server's answer shows inline or as a toast. */
export function CreateRoomDialog() {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setName('')
      setError(undefined)
    }
  }
  const submit = () =>
    startTransition(async () => {
      const result = await createRoomAction(name)
      if (!result.ok) return setError(result.message)
      toast.success(result.message)
      onOpenChange(false)
    })

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          Create room
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Create a room</DialogTitle>
        <DialogDescription>A general room anyone signed in can join. Booth rooms come with accepted booths.</DialogDescription>
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <FormField id="room-name" label="Name" error={error} hint={`${name.trim().length}/${ROOM_NAME_MAX} characters`}>
            <Input
              {...fieldProps('room-name', error)}
              autoFocus
              required
              maxLength={ROOM_NAME_MAX}
              value={name}
              placeholder="e.g. Main hall"
              onChange={(event) => setName(event.target.value)}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending || !name.trim()}>
              {pending ? 'Creating…' : 'Create room'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
