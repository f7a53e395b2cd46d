'use client'

import { useState, useTransition } from 'react'
import { usePathname } from 'next/navigation'
import { BookmarkPlus } from 'lucide-react'
import type { VisibilityState } from '@tanstack/react-table'
import { toast } from 'sonner'

import { saveViewAction } from '@/app/(dashboard)/saved-views-actions'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { isSavedViewPage, SAVED_VIEW_NAME_MAX } from '@/lib/schemas/saved-view-limits'

/** "Save view": this table's search, filters, sort and columns under a name, listed in the sidebar. */
export function SaveViewButton({ columns }: { columns: () => VisibilityState }) {
  const page = usePathname()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  if (!isSavedViewPage(page)) return null

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setName('')
      setError(undefined)
    }
  }
  const submit = () =>
    startTransition(async () => {
      const result = await saveViewAction({ page, name, query: window.location.search, columns: columns() })
      if (!result.ok) return setError(result.errors?.name?.[0] ?? result.message)
      toast.success(`View “${result.data.name}” saved: it is in the sidebar under Saved views.`)
      onOpenChange(false)
    })

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="h-9">
          <BookmarkPlus aria-hidden />
          Save view
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Save this view</DialogTitle>
        <DialogDescription>
          The search, filters, sort and columns as they are now, one click away in the sidebar. A name you already use is replaced.
        </DialogDescription>
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <FormField id="view-name" label="Name" error={error}>
            <Input
              {...fieldProps('view-name', error)}
              autoFocus
              required
              maxLength={SAVED_VIEW_NAME_MAX}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : 'Save view'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
