'use client'

import { useEffect, useState } from 'react'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useWatch } from 'react-hook-form'
import { toast } from 'sonner'

import { zoneLabel } from '@/components/exhibitors/booth-schedule'
import { FilePicker } from '@/components/exhibitors/file-picker'
import { Button } from '@/components/ui/button'
import { Card, CardContent } from '@/components/ui/card'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { NativeSelect } from '@/components/ui/native-select'
import { Textarea } from '@/components/ui/textarea'
import { describeFailure } from '@/lib/client/post-json'
import type { FormInput, FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'
import type { BoothJson } from '@/lib/schemas/booths'
import { BOOTH_TEXT_FIELDS, submitBooth, type BoothFiles, type BoothTextField } from './submit-booth'

type Input = FormInput<'booth'>
type Output = FormOutput<'booth'>
const FILE_FIELDS = [
  { key: 'image', label: 'files.image', accept: 'image/jpeg,image/png,image/webp,image/gif', hint: 'form.imageHint', current: 'form.currentImage' },
  { key: 'pdf', label: 'files.pdf', accept: 'application/pdf,.pdf', hint: 'form.pdfHint', current: 'form.currentPdf' },
  {
    key: 'docx',
    label: 'files.docx',
    accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    hint: 'form.docxHint',
    current: 'form.currentDocx',
  },
] as const

/**
 * Create or edit a booth. The text fields are checked with the API's own schema on the server (useServerForm)
 * (dates, times, zone, start before end); files go with them to the API route, which checks them by
 * content. Errors found by the server land on their fields; overlapping booths come back as a warning.
 */
export function BoothForm({
  booth,
  companies,
  timezones,
  companyId,
}: {
  booth?: BoothJson
  companies: { id: string; name: string }[]
  timezones: string[]
  companyId?: string
}) {
  const t = useTranslations('booths')
  const router = useRouter()
  const [files, setFiles] = useState<BoothFiles>({ image: null, pdf: null, docx: null })
  const [fileErrors, setFileErrors] = useState<Partial<Record<keyof BoothFiles, string>>>({})
  const [removals, setRemovals] = useState<Partial<Record<keyof BoothFiles, boolean>>>({})
  const { form, onSubmit } = useServerForm<'booth', Input>('booth', {
    defaultValues: {
      company_id: booth?.company_id ?? companyId ?? '',
      title: booth?.title ?? '',
      date: booth?.date ?? '',
      start_time: booth?.start_time ?? '',
      end_time: booth?.end_time ?? '',
      timezone: booth?.timezone ?? 'UTC',
      location: booth?.location ?? '',
      description: booth?.description ?? '',
    },
  })
  const { errors, isSubmitting } = form.formState

  // A new booth starts in the viewer's own zone; only the browser knows it, so it is set after mount.
  useEffect(() => {
    if (booth || form.getFieldState('timezone').isDirty) return
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (zone) form.setValue('timezone', zone)
  }, [booth, form])
  const watched = useWatch({ control: form.control, name: 'timezone' })
  const zone = typeof watched === 'string' ? watched : ''
  const zones = zone && !timezones.includes(zone) ? [zone, ...timezones] : timezones

  async function submit(values: Output) {
    setFileErrors({})
    const result = await submitBooth(values, files, booth?.id, removals)
    if (!result.ok || !result.data) {
      for (const [field, messages] of Object.entries(result.errors)) {
        if ((BOOTH_TEXT_FIELDS as readonly string[]).includes(field)) form.setError(field as BoothTextField, { message: messages[0] })
        if (field in files) setFileErrors((current) => ({ ...current, [field]: messages[0] }))
      }
      return void toast.error(describeFailure(result))
    }
    const { warnings, title, id, status } = result.data
    if (warnings.length > 0) toast.warning(t('form.overlapWarning', { title, others: warnings.map((w) => w.title).join(', ') }))
    toast.success(booth ? (status === 'pending' && booth.status !== 'pending' ? t('form.savedResubmitted') : t('form.saved')) : t('form.submitted', { title }))
    router.push(`/booths/${id}`)
    router.refresh()
  }

  const text = (name: BoothTextField, label: string, props: React.ComponentProps<'input'> = {}, hint?: string, className?: string) => (
    <FormField id={`booth-${name}`} label={label} error={errors[name]?.message} hint={hint} className={className}>
      <Input {...fieldProps(`booth-${name}`, errors[name]?.message)} {...props} {...form.register(name)} />
    </FormField>
  )
  // Built before the JSX: the field names and classes are not text people read.
  const control = (name: BoothTextField) => ({ ...fieldProps(`booth-${name}`, errors[name]?.message), ...form.register(name) })
  const fields = {
    company: control('company_id'),
    timezone: control('timezone'),
    description: control('description'),
    title: text('title', t('form.title'), {}, undefined, 'sm:col-span-3'),
    date: text('date', t('form.date'), { type: 'date' }, undefined, 'sm:col-span-2'),
    start: text('start_time', t('form.starts'), { type: 'time' }, undefined, 'sm:col-span-2'),
    end: text('end_time', t('form.ends'), { type: 'time' }, undefined, 'sm:col-span-2'),
    location: text('location', t('form.location'), { placeholder: t('form.locationPlaceholder') }, undefined, 'sm:col-span-3'),
  }

  return (
    <Card>
      <CardContent className="pt-6">
        <form onSubmit={onSubmit(submit)} noValidate className="grid max-w-3xl gap-5 sm:grid-cols-6">
          <FormField id="booth-company_id" label={t('form.company')} error={errors.company_id?.message} className="sm:col-span-3">
            <NativeSelect {...fields.company}>
              <option value="">{t('form.chooseCompany')}</option>
              {companies.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {fields.title}
          {fields.date}
          {fields.start}
          {fields.end}
          <FormField id="booth-timezone" label={t('form.timezone')} error={errors.timezone?.message} hint={t('form.timezoneHint')} className="sm:col-span-3">
            <NativeSelect {...fields.timezone}>
              {zones.map((name) => (
                <option key={name} value={name}>
                  {zoneLabel(name)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {fields.location}
          <FormField id="booth-description" label={t('form.description')} error={errors.description?.message} className="sm:col-span-6">
            <Textarea {...fields.description} rows={4} />
          </FormField>
          {FILE_FIELDS.map(({ key, label, accept, hint, current }) => {
            const url = booth?.[`${key}_url`]
            return (
              <div key={key} className="sm:col-span-2">
                <FilePicker
                  id={`booth-${key}`}
                  field={key}
                  label={t(label)}
                  accept={accept}
                  hint={t(hint)}
                  error={fileErrors[key]}
                  current={url ? { url, label: t(current) } : null}
                  onChange={(file) => setFiles((current) => ({ ...current, [key]: file }))}
                  onRemove={(removed) => setRemovals((current) => ({ ...current, [key]: removed }))}
                />
              </div>
            )
          })}
          <div className="flex gap-2 sm:col-span-6">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t('form.saving') : booth ? t('form.save') : t('form.submit')}
            </Button>
            <Button type="button" variant="outline" onClick={() => router.back()}>
              {t('form.cancel')}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  )
}
