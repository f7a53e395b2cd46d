'use client'

import { signIn } from 'next-auth/react'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { SIGN_IN_ERRORS, signInErrorMessage } from '@/lib/auth/sign-in-errors'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'

type Props = { challenge: string; onError: (message: string | null) => void; onSignedIn: () => void; onExpired: () => void }

/** The second step: a code from the authenticator app, or a recovery code. */
export function SecondFactorSignIn({ challenge, onError, onSignedIn, onExpired }: Props) {
  const { form, onSubmit } = useServerForm('second-factor', { defaultValues: { code: '' } })
  const { errors, isSubmitting } = form.formState

  async function submit(values: FormOutput<'second-factor'>) {
    onError(null)
    const result = await signIn('mfa', { mfa_nonce: challenge, code: values.code, redirect: false })
    if (result?.ok && !result.error) return onSignedIn()
    form.resetField('code')
    const code = result?.error ?? 'SignInFailed'
    if (code === 'MfaExpired') onExpired()
    onError(signInErrorMessage(code) ?? SIGN_IN_ERRORS.MfaCodeWrong)
  }

  return (
    <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
      <FormField
        id="second-factor-code"
        label="Authentication code"
        error={errors.code?.message}
        hint="Lost your phone? Enter one of your recovery codes instead."
      >
        <Input
          {...fieldProps('second-factor-code', errors.code?.message)}
          autoFocus
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          placeholder="123456"
          {...form.register('code')}
        />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? 'Checking…' : 'Verify'}
      </Button>
    </form>
  )
}
