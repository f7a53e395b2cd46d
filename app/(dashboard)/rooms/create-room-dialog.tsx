'use client'

import { useState, useTransition } from 'react'
import { Plus } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { toast } from 'sonner'

import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { ROOM_NAME_MAX } from '@/lib/schemas/room-limits'
import { createRoomAction } from './actions'

const NAME_FIELD = 'room-name'

/** "Create room": a general room, named in a small dialog; the server's answer shows inline or as a toast. */
export function CreateRoomDialog() {
  const t = useTranslations('rooms.create')
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
          {t('trigger')}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogDescription>{t('description')}</DialogDescription>
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <FormField id="room-name" label={t('name')} error={error} hint={t('hint', { count: name.trim().length, max: ROOM_NAME_MAX })}>
            <Input
              {...fieldProps(NAME_FIELD, error)}
              autoFocus
              required
              maxLength={ROOM_NAME_MAX}
              value={name}
              placeholder={t('placeholder')}
              onChange={(event) => setName(event.target.value)}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t('cancel')}
            </Button>
            <Button type="submit" disabled={pending || !name.trim()}>
              {pending ? t('creating') : t('submit')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
