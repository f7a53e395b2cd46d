'use client'

import { useState } from 'react'
import { KeyRound } from 'lucide-react'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { useLocalizedMessage } from '@/components/feedback/use-localized-message'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'
import { provePasskey } from '@/lib/client/passkey-ceremony'
import { useSignInError } from './use-sign-in-error'

type Props = { challenge: string; methods: string[]; onError: (message: string | null) => void; onSignedIn: () => void; onExpired: () => void }

/** The second step: a code from the authenticator app, a recovery code, or (when the account has one) a passkey. */
export function SecondFactorSignIn({ challenge, methods, onError, onSignedIn, onExpired }: Props) {
  const { form, onSubmit } = useServerForm('second-factor', { defaultValues: { code: '' } })
  const { errors, isSubmitting } = form.formState
  const [proving, setProving] = useState(false)
  const t = useTranslations('auth.signIn')
  const signInError = useSignInError()
  const { localize } = useLocalizedMessage()

  async function answerWithPasskey() {
    onError(null)
    setProving(true)
    const proof = await provePasskey('/api/auth/mfa/passkey-options', { mfa_token: challenge })
    if (!proof.ok) {
      setProving(false)
      if (proof.message) onError(localize(proof.message))
      return
    }
    const result = await signIn('mfa', { mfa_nonce: challenge, passkey: JSON.stringify(proof.value), redirect: false })
    setProving(false)
    if (result?.ok && !result.error) return onSignedIn()
    if (result?.error === 'MfaExpired') onExpired()
    onError(signInError(result?.error ?? 'SignInFailed'))
  }

  async function submit(values: FormOutput<'second-factor'>) {
    onError(null)
    const result = await signIn('mfa', { mfa_nonce: challenge, code: values.code, redirect: false })
    if (result?.ok && !result.error) return onSignedIn()
    form.resetField('code')
    const code = result?.error ?? 'SignInFailed'
    if (code === 'MfaExpired') onExpired()
    onError(signInError(code))
  }

  return (
    <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
      <FormField id="second-factor-code" label={t('authenticationCode')} error={errors.code?.message} hint={t('recoveryHint')}>
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
      <Button type="submit" className="w-full" disabled={isSubmitting || proving}>
        {isSubmitting ? t('checking') : t('verify')}
      </Button>
      {methods.includes('passkey') && (
        <Button type="button" variant="outline" className="w-full" disabled={isSubmitting || proving} onClick={() => void answerWithPasskey()}>
          <KeyRound aria-hidden />
          {proving ? t('waitingForPasskey') : t('usePasskeyInstead')}
        </Button>
      )}
    </form>
  )
}
