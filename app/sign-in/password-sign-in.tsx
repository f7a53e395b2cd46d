'use client'

import Link from 'next/link'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'
import { newMfaNonce } from '@/lib/client/mfa-nonce'
import { useSignInError } from './use-sign-in-error'

type Props = { onError: (message: string | null) => void; onSignedIn: () => void; onMfaRequired: (challenge: string, passkey: boolean) => void }

export function PasswordSignIn({ onError, onSignedIn, onMfaRequired }: Props) {
  const { form, onSubmit } = useServerForm('login', { defaultValues: { email: '', password: '' } })
  const { errors, isSubmitting } = form.formState
  const t = useTranslations('auth.signIn')
  const signInError = useSignInError()

  async function submit(values: FormOutput<'login'>) {
    onError(null)
    const challenge = newMfaNonce()
    const result = await signIn('credentials', { ...values, mfa_nonce: challenge, redirect: false })
    if (result?.ok && !result.error) return onSignedIn()
    if (result?.error === 'MfaRequired' || result?.error === 'MfaRequiredPasskey') return onMfaRequired(challenge, result.error === 'MfaRequiredPasskey')
    form.resetField('password')
    onError(signInError(result?.error ?? 'SignInFailed'))
  }

  // The page exists to sign in: the email has focus, and Tab goes email → password → Sign in; the
  // reset link comes after the button, so it does not sit between the password and its submit.
  return (
    <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
      <FormField id="email" label={t('email')} error={errors.email?.message}>
        <Input
          {...fieldProps('email', errors.email?.message)}
          type="email"
          autoComplete="username"
          placeholder={t('emailPlaceholder')}
          autoFocus
          {...form.register('email')}
        />
      </FormField>
      <FormField id="password" label={t('password')} error={errors.password?.message}>
        <Input {...fieldProps('password', errors.password?.message)} type="password" autoComplete="current-password" {...form.register('password')} />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </Button>
      <Link href="/forgot-password" className="self-center text-xs font-medium text-primary underline-offset-4 hover:underline">
        {t('forgotPassword')}
      </Link>
    </form>
  )
}
