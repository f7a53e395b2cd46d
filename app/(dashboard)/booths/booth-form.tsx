'use client'

import { useEffect, useState } from 'react'
import { useRouter } from 'next/navigation'
import { useWatch } from 'react-hook-form'
import { toast } from 'sonner'

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
  { key: 'image', label: 'Image', accept: 'image/jpeg,image/png,image/webp,image/gif', hint: 'JPEG, PNG, WebP or GIF.' },
  { key: 'pdf', label: 'PDF brochure', accept: 'application/pdf,.pdf', hint: 'A PDF document.' },
  { key: 'docx', label: 'Word brochure', accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document', hint: 'A .docx document.' },
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
    if (warnings.length > 0) toast.warning(`${title} overlaps ${warnings.map((w) => w.title).join(', ')} at the same location.`)
    toast.success(
      booth ? (status === 'pending' && booth.status !== 'pending' ? 'Saved and sent back for review.' : 'Booth saved.') : `${title} submitted for review.`,
    )
    router.push(`/booths/${id}`)
    router.refresh()
  }

  const text = (name: BoothTextField, label: string, props: React.ComponentProps<'input'> = {}, hint?: string, className?: string) => (
    <FormField id={`booth-${name}`} label={label} error={errors[name]?.message} hint={hint} className={className}>
      <Input {...fieldProps(`booth-${name}`, errors[name]?.message)} {...props} {...form.register(name)} />
    </FormField>
  )

  return (
    <Card>
      <CardContent className="pt-6">
        <form onSubmit={onSubmit(submit)} noValidate className="grid max-w-3xl gap-5 sm:grid-cols-6">
          <FormField id="booth-company_id" label="Company" error={errors.company_id?.message} className="sm:col-span-3">
            <NativeSelect {...fieldProps('booth-company_id', errors.company_id?.message)} {...form.register('company_id')}>
              <option value="">Choose a company…</option>
              {companies.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {text('title', 'Title', {}, undefined, 'sm:col-span-3')}
          {text('date', 'Date', { type: 'date' }, undefined, 'sm:col-span-2')}
          {text('start_time', 'Starts', { type: 'time' }, undefined, 'sm:col-span-2')}
          {text('end_time', 'Ends', { type: 'time' }, undefined, 'sm:col-span-2')}
          <FormField
            id="booth-timezone"
            label="Time zone"
            error={errors.timezone?.message}
            hint="Date and times are on this zone's clock."
            className="sm:col-span-3"
          >
            <NativeSelect {...fieldProps('booth-timezone', errors.timezone?.message)} {...form.register('timezone')}>
              {zones.map((name) => (
                <option key={name} value={name}>
                  {name.replaceAll('_', ' ')}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {text('location', 'Location', { placeholder: 'Hall B, stand 12' }, undefined, 'sm:col-span-3')}
          <FormField id="booth-description" label="Description" error={errors.description?.message} className="sm:col-span-6">
            <Textarea {...fieldProps('booth-description', errors.description?.message)} rows={4} {...form.register('description')} />
          </FormField>
          {FILE_FIELDS.map(({ key, label, accept, hint }) => {
            const url = booth?.[`${key}_url`]
            return (
              <div key={key} className="sm:col-span-2">
                <FilePicker
                  id={`booth-${key}`}
                  field={key}
                  label={label}
                  accept={accept}
                  hint={hint}
                  error={fileErrors[key]}
                  current={url ? { url, label: key === 'image' ? 'image' : key.toUpperCase() } : null}
                  onChange={(file) => setFiles((current) => ({ ...current, [key]: file }))}
                  onRemove={(removed) => setRemovals((current) => ({ ...current, [key]: removed }))}
                />
              </div>
            )
          })}
          <div className="flex gap-2 sm:col-span-6">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? 'Saving…' : booth ? 'Save changes' : 'Submit for review'}
            </Button>
            <Button type="button" variant="outline" onClick={() => router.back()}>
              Cancel
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  )
}
