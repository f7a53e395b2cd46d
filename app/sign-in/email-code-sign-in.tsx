'use client'

import { useState } from 'react'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useLocalizedMessage } from '@/components/feedback/use-localized-message'
import { postJson } from '@/lib/client/post-json'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'
import { newMfaNonce } from '@/lib/client/mfa-nonce'
import { useSignInError } from './use-sign-in-error'

type Props = { onError: (message: string | null) => void; onSignedIn: () => void; onMfaRequired: (challenge: string, passkey: boolean) => void }

/** "Email me a code": the email first, then the 6-digit code that arrives (if the account exists). */
export function EmailCodeSignIn({ onError, onSignedIn, onMfaRequired }: Props) {
  const t = useTranslations('auth.signIn')
  const signInError = useSignInError()
  const { failure } = useLocalizedMessage()
  const [email, setEmail] = useState<string | null>(null)
  const { form: emailForm, onSubmit: onEmailSubmit } = useServerForm('email', { defaultValues: { email: '' } })
  const { form: codeForm, onSubmit: onCodeSubmit } = useServerForm('one-time-code', { defaultValues: { otp: '' } })
  const [resending, setResending] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  async function sendCode(values: FormOutput<'email'>) {
    onError(null)
    const result = await postJson('/api/auth/send-otp', { email: values.email, purpose: 'login' })
    if (!result.ok) return onError(failure(result))
    setEmail(values.email)
    setNotice(null)
  }

  async function resend() {
    if (!email) return
    setResending(true)
    onError(null)
    const result = await postJson('/api/auth/resend-otp', { email, purpose: 'login' })
    setResending(false)
    if (!result.ok) return onError(failure(result))
    setNotice(t('newCodeSent'))
  }

  async function verify(values: FormOutput<'one-time-code'>) {
    onError(null)
    const challenge = newMfaNonce()
    const result = await signIn('email-code', { email, code: values.otp, mfa_nonce: challenge, redirect: false })
    if (result?.ok && !result.error) return onSignedIn()
    if (result?.error === 'MfaRequired' || result?.error === 'MfaRequiredPasskey') return onMfaRequired(challenge, result.error === 'MfaRequiredPasskey')
    codeForm.resetField('otp')
    const code = result?.error === 'CredentialsSignin' ? 'CodeSignin' : (result?.error ?? 'SignInFailed')
    onError(signInError(code))
  }

  if (!email) {
    const { errors, isSubmitting } = emailForm.formState
    return (
      <form onSubmit={onEmailSubmit(sendCode)} noValidate className="flex flex-col gap-4">
        <FormField id="code-email" label={t('email')} error={errors.email?.message}>
          <Input
            {...fieldProps('code-email', errors.email?.message)}
            type="email"
            autoComplete="email"
            placeholder={t('emailPlaceholder')}
            autoFocus
            {...emailForm.register('email')}
          />
        </FormField>
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? t('sending') : t('sendCode')}
        </Button>
      </form>
    )
  }

  const { errors, isSubmitting } = codeForm.formState
  return (
    <form onSubmit={onCodeSubmit(verify)} noValidate className="flex flex-col gap-4">
      <Alert tone="success">{t.rich('codeSent', { email, strong: (chunks) => <span className="font-medium">{chunks}</span> })}</Alert>
      <FormField
        id="otp"
        label={t('code')}
        error={errors.otp?.message}
        hint={notice ?? undefined}
        action={
          <button
            type="button"
            onClick={() => void resend()}
            disabled={resending}
            className="text-xs font-medium text-primary underline-offset-4 hover:underline disabled:opacity-50"
          >
            {resending ? t('sending') : t('sendNewCode')}
          </button>
        }
      >
        <Input
          {...fieldProps('otp', errors.otp?.message)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          placeholder="123456"
          className="font-mono tracking-[0.3em]"
          autoFocus
          {...codeForm.register('otp')}
        />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </Button>
      <button type="button" onClick={() => setEmail(null)} className="text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
        {t('differentEmail')}
      </button>
    </form>
  )
}
