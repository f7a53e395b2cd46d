'use client'

import { useTranslations } from 'next-intl'

import { useLocalizedMessage } from '@/components/feedback/use-localized-message'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { postJson } from '@/lib/client/post-json'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'

type OnError = (message: string | null) => void

export function EmailStep({ onError, onSent }: { onError: OnError; onSent: (email: string) => void }) {
  const { form, onSubmit } = useServerForm('email', { defaultValues: { email: '' } })
  const { errors, isSubmitting } = form.formState
  const t = useTranslations('auth')
  const { failure } = useLocalizedMessage()
  async function submit({ email }: FormOutput<'email'>) {
    onError(null)
    const result = await postJson('/api/auth/send-otp', { email, purpose: 'reset_password' })
    if (!result.ok) return onError(failure(result))
    onSent(email)
  }
  return (
    <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
      <FormField id="reset-email" label={t('signIn.email')} error={errors.email?.message}>
        <Input
          {...fieldProps('reset-email', errors.email?.message)}
          type="email"
          autoComplete="email"
          placeholder={t('signIn.emailPlaceholder')}
          {...form.register('email')}
        />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t('signIn.sending') : t('signIn.sendCode')}
      </Button>
    </form>
  )
}

export function CodeStep({
  email,
  onError,
  onVerified,
  onRestart,
}: {
  email: string
  onError: OnError
  onVerified: (resetToken: string) => void
  onRestart: () => void
}) {
  const { form, onSubmit } = useServerForm('one-time-code', { defaultValues: { otp: '' } })
  const { errors, isSubmitting } = form.formState
  const t = useTranslations('auth')
  const { localize, failure } = useLocalizedMessage()
  async function submit({ otp }: FormOutput<'one-time-code'>) {
    onError(null)
    const result = await postJson<{ reset_token: string }>('/api/auth/verify-otp', { email, otp, purpose: 'reset_password' })
    if (!result.ok || !result.data?.reset_token) {
      form.resetField('otp')
      return onError(result.ok ? localize('Something went wrong. Try again.') : failure(result))
    }
    onVerified(result.data.reset_token)
  }
  return (
    <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
      <Alert tone="success">{t.rich('reset.codeSent', { email, strong: (chunks) => <span className="font-medium">{chunks}</span> })}</Alert>
      <FormField id="reset-otp" label={t('signIn.code')} error={errors.otp?.message}>
        <Input
          {...fieldProps('reset-otp', errors.otp?.message)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          placeholder="123456"
          className="font-mono tracking-[0.3em]"
          autoFocus
          {...form.register('otp')}
        />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t('signIn.checking') : t('reset.continue')}
      </Button>
      <button type="button" onClick={onRestart} className="text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
        {t('reset.restart')}
      </button>
    </form>
  )
}

export function NewPasswordStep({
  resetToken,
  onError,
  onDone,
  onExpired,
}: {
  resetToken: string
  onError: OnError
  onDone: () => void
  onExpired: () => void
}) {
  const { form, onSubmit } = useServerForm('reset-password', { defaultValues: { password: '', password_confirmation: '' } })
  const { errors, isSubmitting } = form.formState
  const t = useTranslations('auth')
  const { localize, failure } = useLocalizedMessage()
  async function submit(values: FormOutput<'reset-password'>) {
    onError(null)
    const result = await postJson('/api/auth/reset-password', { reset_token: resetToken, ...values })
    if (result.ok) return onDone()
    // The token is single-use and short-lived: a refusal other than the password means starting over.
    const fieldError = result.errors.password?.[0] ?? result.errors.password_confirmation?.[0]
    if (fieldError) return form.setError('password', { message: localize(fieldError, 'validation.invalid') })
    onError(t('reset.requestNewCode', { reason: failure(result) }))
    onExpired()
  }
  return (
    <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
      <FormField id="new-password" label={t('reset.newPassword')} error={errors.password?.message} hint={t('reset.newPasswordHint')}>
        <Input {...fieldProps('new-password', errors.password?.message)} type="password" autoComplete="new-password" autoFocus {...form.register('password')} />
      </FormField>
      <FormField id="confirm-password" label={t('reset.confirmPassword')} error={errors.password_confirmation?.message}>
        <Input
          {...fieldProps('confirm-password', errors.password_confirmation?.message)}
          type="password"
          autoComplete="new-password"
          {...form.register('password_confirmation')}
        />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t('reset.saving') : t('reset.setPassword')}
      </Button>
    </form>
  )
}
