'use client'

import Link from 'next/link'
import { signIn } from 'next-auth/react'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { SIGN_IN_ERRORS, signInErrorMessage } from '@/lib/auth/sign-in-errors'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'
import { newMfaNonce } from '@/lib/client/mfa-nonce'

type Props = { onError: (message: string | null) => void; onSignedIn: () => void; onMfaRequired: (challenge: string, passkey: boolean) => void }

export function PasswordSignIn({ onError, onSignedIn, onMfaRequired }: Props) {
  const { form, onSubmit } = useServerForm('login', { defaultValues: { email: '', password: '' } })
  const { errors, isSubmitting } = form.formState

  async function submit(values: FormOutput<'login'>) {
    onError(null)
    const challenge = newMfaNonce()
    const result = await signIn('credentials', { ...values, mfa_nonce: challenge, redirect: false })
    if (result?.ok && !result.error) return onSignedIn()
    if (result?.error === 'MfaRequired' || result?.error === 'MfaRequiredPasskey') return onMfaRequired(challenge, result.error === 'MfaRequiredPasskey')
    form.resetField('password')
    onError(signInErrorMessage(result?.error ?? 'SignInFailed') ?? SIGN_IN_ERRORS.CredentialsSignin)
  }

  // The page exists to sign in: the email has focus, and Tab goes email → password → Sign in; the
  // reset link comes after the button, so it does not sit between the password and its submit.
  return (
    <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
      <FormField id="email" label="Email" error={errors.email?.message}>
        <Input
          {...fieldProps('email', errors.email?.message)}
          type="email"
          autoComplete="username"
          placeholder="you@company.com"
          autoFocus
          {...form.register('email')}
        />
      </FormField>
      <FormField id="password" label="Password" error={errors.password?.message}>
        <Input {...fieldProps('password', errors.password?.message)} type="password" autoComplete="current-password" {...form.register('password')} />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </Button>
      <Link href="/forgot-password" className="self-center text-xs font-medium text-primary underline-offset-4 hover:underline">
        Forgot password?
      </Link>
    </form>
  )
}
