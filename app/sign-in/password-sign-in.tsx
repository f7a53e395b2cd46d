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

  return (
    <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
      <FormField id="email" label="Email" error={errors.email?.message}>
        <Input {...fieldProps('email', errors.email?.message)} type="email" autoComplete="username" placeholder="you@company.com" {...form.register('email')} />
      </FormField>
      <FormField
        id="password"
        label="Password"
        error={errors.password?.message}
        action={
          <Link href="/forgot-password" className="text-xs font-medium text-primary underline-offset-4 hover:underline">
            Forgot password?
          </Link>
        }
      >
        <Input {...fieldProps('password', errors.password?.message)} type="password" autoComplete="current-password" {...form.register('password')} />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  )
}
