'use client'

import { useState } from 'react'
import Link from 'next/link'
import { ArrowLeft } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { CodeStep, EmailStep, NewPasswordStep } from './reset-steps'

type Step = { name: 'email' } | { name: 'code'; email: string } | { name: 'password'; email: string; resetToken: string } | { name: 'done' }

/**
 * Forgot password, against the API: send-otp (reset_password) → verify-otp (gives a short-lived
 * reset token) → reset-password. No automatic sign-in afterwards: a reset proves control of the
 * mailbox, and the new password is then used to sign in like any other.
 */
export function ForgotPasswordForm() {
  const [step, setStep] = useState<Step>({ name: 'email' })
  const [error, setError] = useState<string | null>(null)
  const t = useTranslations('auth.reset')

  return (
    <Card className="w-full shadow-sm">
      <CardHeader className="items-center text-center">
        <CardTitle as="h1" className="text-xl">
          {step.name === 'done' ? t('doneTitle') : t('title')}
        </CardTitle>
        <CardDescription>{t(`descriptions.${step.name}`)}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {error && <Alert>{error}</Alert>}
        {step.name === 'email' && <EmailStep onError={setError} onSent={(email) => setStep({ name: 'code', email })} />}
        {step.name === 'code' && (
          <CodeStep
            email={step.email}
            onError={setError}
            onVerified={(resetToken) => setStep({ name: 'password', email: step.email, resetToken })}
            onRestart={() => setStep({ name: 'email' })}
          />
        )}
        {step.name === 'password' && (
          <NewPasswordStep
            resetToken={step.resetToken}
            onError={setError}
            onDone={() => setStep({ name: 'done' })}
            onExpired={() => setStep({ name: 'email' })}
          />
        )}
        {step.name === 'done' ? <Alert tone="success">{t('doneNotice')}</Alert> : null}
        <Button asChild variant={step.name === 'done' ? 'default' : 'ghost'} className="w-full">
          <Link href="/sign-in">
            {step.name !== 'done' && <ArrowLeft aria-hidden className="rtl:rotate-180" />}
            {step.name === 'done' ? t('signIn') : t('backToSignIn')}
          </Link>
        </Button>
      </CardContent>
    </Card>
  )
}
