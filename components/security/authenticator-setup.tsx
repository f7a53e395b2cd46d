'use client'

import { useState } from 'react'
import { Smartphone } from 'lucide-react'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { useLocalizedMessage } from '@/components/feedback/use-localized-message'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { DataResult } from '@/lib/auth/dashboard-action'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { showFieldErrors, useServerForm } from '@/lib/forms/use-server-form'
import type { TotpEnrolment } from '@/lib/services/mfa/totp-enrolment'
import { RecoveryCodes } from './recovery-codes'

type Actions = {
  begin: () => Promise<DataResult<TotpEnrolment>>
  confirm: (values: { code: string }) => Promise<DataResult<{ recovery_codes: string[] }>>
}

/** The key in groups of four, as people copy it into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret

/**
 * Adding an authenticator app: a QR code (drawn on our server: no image service sees the secret)
 * and the key for apps that cannot scan, then a first code, then the recovery codes, once.
 */
export function AuthenticatorSetup({ actions, onFinished }: { actions: Actions; onFinished: () => void }) {
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [starting, setStarting] = useState(false)
  const { form, onSubmit } = useServerForm('authenticator-code', { defaultValues: { code: '' } })
  const { errors, isSubmitting } = form.formState
  const t = useTranslations('security.authenticator')
  const tCommon = useTranslations('common.actions')
  const { localize, localizeErrors } = useLocalizedMessage()

  async function start() {
    setStarting(true)
    const result = await actions.begin()
    setStarting(false)
    if (!result.ok) return void toast.error(localize(result.message))
    setEnrolment(result.data)
  }

  async function confirm(values: FormOutput<'authenticator-code'>) {
    const result = await actions.confirm(values)
    if (!result.ok) return result.errors ? showFieldErrors(form, localizeErrors(result.errors)) : void toast.error(localize(result.message))
    setCodes(result.data.recovery_codes)
    toast.success(t('added'))
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={onFinished} />
  if (!enrolment)
    return (
      <div>
        <Button type="button" onClick={() => void start()} disabled={starting}>
          <Smartphone aria-hidden />
          {starting ? t('preparing') : t('setUp')}
        </Button>
      </div>
    )

  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
      <div
        role="img"
        aria-label={t('qr')}
        className="size-44 shrink-0 rounded-md border bg-white p-2 [&_svg]:size-full"
        // Our own SVG, drawn by the qrcode package from the otpauth URI: no user input in it.
        dangerouslySetInnerHTML={{ __html: enrolment.qr_svg }}
      />
      <div className="flex min-w-0 flex-col gap-4">
        <ol className="flex list-decimal flex-col gap-2 ps-5 text-sm">
          <li>{t('step1')}</li>
          <li>
            {t('step2')}{' '}
            <code dir="ltr" className="inline-block rounded bg-muted px-1.5 py-0.5 font-mono text-xs break-all select-all" data-testid="totp-secret">
              {grouped(enrolment.secret)}
            </code>
          </li>
          <li>{t('step3')}</li>
        </ol>
        <form onSubmit={onSubmit(confirm)} noValidate className="flex max-w-xs flex-col gap-3">
          <FormField id="totp-code" label={t('code')} error={errors.code?.message}>
            <Input
              {...fieldProps('totp-code', errors.code?.message)}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder="123456"
              {...form.register('code')}
            />
          </FormField>
          <div className="flex gap-2">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t('checking') : t('turnOn')}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setEnrolment(null)}>
              {tCommon('cancel')}
            </Button>
          </div>
        </form>
      </div>
    </div>
  )
}
