'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { toast } from 'sonner'

import { FilePicker } from '@/components/exhibitors/file-picker'
import { Button } from '@/components/ui/button'
import { Card, CardContent } from '@/components/ui/card'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { apiRequest, describeFailure } from '@/lib/client/post-json'
import { useServerForm } from '@/lib/forms/use-server-form'
import type { CompanyFormInput, CompanyFormValues, CompanyJson } from '@/lib/schemas/companies'

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif'
const FIELDS = ['name', 'location', 'size'] as const

/**
 * Create or edit a company. The text fields are checked with the API's own schema on the server (useServerForm);
 * the logo goes with them to the API route (multipart), which checks it by content. Errors the
 * server finds (a duplicate name, a refused file) land on their fields.
 */
export function CompanyForm({ company }: { company?: CompanyJson }) {
  const t = useTranslations('companies.form')
  const router = useRouter()
  const [logo, setLogo] = useState<File | null>(null)
  const [logoError, setLogoError] = useState<string>()
  const [removeLogo, setRemoveLogo] = useState(false)
  const { form, onSubmit } = useServerForm<'company', CompanyFormInput>('company', {
    defaultValues: { name: company?.name ?? '', location: company?.location ?? '', size: company?.size ?? '' },
  })
  const { errors, isSubmitting } = form.formState

  async function submit(values: CompanyFormValues) {
    setLogoError(undefined)
    const body = new FormData()
    body.set('name', values.name)
    // An empty value clears the field on update; on create it simply means "none".
    body.set('location', values.location ?? '')
    body.set('size', values.size ?? '')
    if (logo) body.set('image', logo)
    else if (company && removeLogo) body.set('remove_image', 'true')
    const result = company
      ? await apiRequest<CompanyJson>(`/api/company/update-company?id=${encodeURIComponent(company.id)}`, { method: 'PUT', body })
      : await apiRequest<CompanyJson>('/api/company/create-company', { method: 'POST', body })
    if (!result.ok || !result.data) {
      for (const [field, messages] of Object.entries(result.errors)) {
        if ((FIELDS as readonly string[]).includes(field)) form.setError(field as (typeof FIELDS)[number], { message: messages[0] })
        if (field === 'image') setLogoError(messages[0])
      }
      // A refused upload answers 413/415/422 with only a message: it is about the logo.
      if (!result.errors.image && [413, 415, 422].includes(result.status)) setLogoError(result.message)
      return void toast.error(describeFailure(result))
    }
    toast.success(company ? t('saved') : t('created', { name: result.data.name }))
    router.push(`/companies/${result.data.id}`)
    router.refresh()
  }

  // Built before the JSX: the field names are not text people read.
  const control = (name: (typeof FIELDS)[number]) => ({ ...fieldProps(`company-${name}`, errors[name]?.message), ...form.register(name) })
  const fields = { name: control('name'), location: control('location'), size: control('size') }

  return (
    <Card>
      <CardContent className="pt-6">
        <form onSubmit={onSubmit(submit)} noValidate className="grid max-w-2xl gap-5 sm:grid-cols-2">
          <FormField id="company-name" label={t('name')} error={errors.name?.message} className="sm:col-span-2">
            <Input {...fields.name} autoComplete="organization" autoFocus={!company} />
          </FormField>
          <FormField id="company-location" label={t('location')} error={errors.location?.message} hint={t('locationHint')}>
            <Input {...fields.location} />
          </FormField>
          <FormField id="company-size" label={t('size')} error={errors.size?.message} hint={t('sizeHint')}>
            <Input {...fields.size} />
          </FormField>
          <div className="sm:col-span-2">
            <FilePicker
              id="company-logo"
              field="image"
              label={t('logo')}
              accept={IMAGE_TYPES}
              hint={t('logoHint')}
              error={logoError}
              current={company?.image_url ? { url: company.image_url, label: t('currentLogo') } : null}
              onChange={(file) => {
                setLogo(file)
                setLogoError(undefined)
              }}
              onRemove={company ? setRemoveLogo : undefined}
            />
          </div>
          <div className="flex gap-2 sm:col-span-2">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t('saving') : company ? t('save') : t('create')}
            </Button>
            <Button type="button" variant="outline" onClick={() => router.back()}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  )
}
