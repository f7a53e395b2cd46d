'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { useLocalizedMessage } from '@/components/feedback/use-localized-message'

import { FilePicker } from '@/components/exhibitors/file-picker'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { apiRequest } from '@/lib/client/post-json'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'
import type { UserJson } from '@/lib/schemas/users'

type Fields = { name: string; company: string }
const FIELDS: ReadonlyArray<keyof Fields> = ['name', 'company']
type ImageField = 'image' | 'background_image'
/** Each image field, its input's id and the keys of its label and hint in profile.details. */
const IMAGE_FIELDS = [
  { key: 'image', id: 'profile-image', label: 'image', hint: 'imageHint' },
  { key: 'background_image', id: 'profile-background', label: 'background', hint: 'backgroundHint' },
] as const

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif'

/** Name, company and images, saved through the API's edit-user route (which checks the files by content). */
export function ProfileDetailsForm({ profile }: { profile: UserJson }) {
  const router = useRouter()
  const { form, onSubmit } = useServerForm<'profile-details', Fields>('profile-details', {
    defaultValues: { name: profile.name ?? '', company: profile.company ?? '' },
  })
  const { errors, isSubmitting } = form.formState
  const t = useTranslations('profile.details')
  const { localize, failure } = useLocalizedMessage()
  const [files, setFiles] = useState<Partial<Record<ImageField, File | null>>>({})
  const [fileErrors, setFileErrors] = useState<Partial<Record<ImageField, string>>>({})
  const [removals, setRemovals] = useState<Partial<Record<ImageField, boolean>>>({})
  // Bumped after a save: the pickers start afresh, showing the saved images as current.
  const [saved, setSaved] = useState(0)

  async function submit(data: FormOutput<'profile-details'>) {
    setFileErrors({})
    const body = new FormData()
    body.set('name', data.name)
    body.set('company', data.company)
    for (const { key } of IMAGE_FIELDS) {
      const file = files[key]
      if (file) body.set(key, file)
      else if (removals[key]) body.set(`remove_${key}`, 'true')
    }
    const result = await apiRequest('/api/user/edit-user', { method: 'PATCH', body })
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.errors)) {
        if ((FIELDS as readonly string[]).includes(field)) form.setError(field as keyof Fields, { message: localize(messages[0] ?? '', 'validation.invalid') })
        if (IMAGE_FIELDS.some(({ key }) => key === field))
          // The picker words a file's refusal itself, naming the field by its label (file-errors.ts).
          setFileErrors((current) => ({ ...current, [field]: messages[0] ?? '' }))
      }
      return void toast.error(failure(result))
    }
    toast.success(t('saved'))
    form.reset({ name: data.name, company: data.company })
    setFiles({})
    setRemovals({})
    setSaved((count) => count + 1)
    router.refresh()
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit(submit)} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <FormField id="profile-name" label={t('name')} error={errors.name?.message}>
            <Input {...fieldProps('profile-name', errors.name?.message)} autoComplete="name" {...form.register('name')} />
          </FormField>
          <FormField id="profile-company" label={t('company')} error={errors.company?.message}>
            <Input {...fieldProps('profile-company', errors.company?.message)} autoComplete="organization" {...form.register('company')} />
          </FormField>
          {IMAGE_FIELDS.map(({ key, id, label, hint }) => {
            const url = key === 'image' ? profile.image_url : profile.background_image_url
            return (
              <FilePicker
                key={`${key}-${saved}`}
                id={id}
                field={key}
                label={t(label)}
                accept={IMAGE_TYPES}
                hint={t(hint)}
                error={fileErrors[key]}
                current={url ? { url, label: t(label).toLowerCase() } : null}
                onChange={(file) => {
                  setFiles((current) => ({ ...current, [key]: file }))
                  setFileErrors((current) => ({ ...current, [key]: undefined }))
                }}
                onRemove={(removed) => setRemovals((current) => ({ ...current, [key]: removed }))}
              />
            )
          })}
          <div className="sm:col-span-2">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t('saving') : t('save')}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  )
}
