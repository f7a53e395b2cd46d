'use client'

import { useState, useTransition } from 'react'
import { usePathname } from 'next/navigation'
import { BookmarkPlus } from 'lucide-react'
import type { VisibilityState } from '@tanstack/react-table'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { saveViewAction } from '@/app/(dashboard)/saved-views-actions'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { isSavedViewPage, SAVED_VIEW_NAME_MAX } from '@/lib/schemas/saved-view-limits'

/** "Save view": this table's search, filters, sort and columns under a name, listed in the sidebar. */
export function SaveViewButton({ columns }: { columns: () => VisibilityState }) {
  const t = useTranslations('savedViews')
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
  const nameField = fieldProps('view-name', error)
  const submit = () =>
    startTransition(async () => {
      const result = await saveViewAction({ page, name, query: window.location.search, columns: columns() })
      if (!result.ok) return setError(result.errors?.name?.[0] ?? result.message)
      toast.success(t('saved', { name: result.data.name }))
      onOpenChange(false)
    })

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="h-9">
          <BookmarkPlus aria-hidden />
          {t('save')}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t('dialogTitle')}</DialogTitle>
        <DialogDescription>{t('dialogDescription')}</DialogDescription>
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <FormField id="view-name" label={t('name')} error={error}>
            <Input {...nameField} autoFocus required maxLength={SAVED_VIEW_NAME_MAX} value={name} onChange={(event) => setName(event.target.value)} />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t('cancel')}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t('saving') : t('save')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
