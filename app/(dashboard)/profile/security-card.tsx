'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { ShieldCheck } from 'lucide-react'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { useLocalizedMessage } from '@/components/feedback/use-localized-message'

import { AuthenticatorSetup } from '@/components/security/authenticator-setup'
import { RecoveryCodes } from '@/components/security/recovery-codes'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { showFieldErrors, useServerForm } from '@/lib/forms/use-server-form'
import { beginTotpAction, confirmTotpAction, regenerateRecoveryCodesAction, removeTotpAction } from './security-actions'

export interface SecondFactorState {
  totp: boolean
  recovery_codes_left: number
  required: boolean
  passkeys: number
}

type Pending = 'remove' | 'regenerate' | null

/** The profile's "Two-step sign-in": the authenticator app, its recovery codes. */
export function SecurityCard({ state, googleEnabled }: { state: SecondFactorState; googleEnabled: boolean }) {
  const t = useTranslations('profile.twoStep')
  const firstSteps = googleEnabled ? t('firstStepsGoogle') : t('firstSteps')
  const router = useRouter()
  const [pending, setPending] = useState<Pending>(null)
  const [freshCodes, setFreshCodes] = useState<string[] | null>(null)
  const on = state.totp || state.passkeys > 0

  return (
    <Card id="security">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          {t('title')}
          <Badge tone={on ? 'success' : 'neutral'}>{on ? t('on') : t('off')}</Badge>
        </CardTitle>
        <CardDescription>{t('description', { firstSteps })}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {state.required && !on && <Alert>{t('required')}</Alert>}
        {state.totp ? (
          <>
            <div className="flex flex-col gap-1 text-sm">
              <p className="flex items-center gap-2 font-medium">
                <ShieldCheck className="size-4 text-emerald-600 dark:text-emerald-400" aria-hidden />
                {t('authenticator')}
              </p>
              <p className="text-muted-foreground">{t(state.recovery_codes_left <= 3 ? 'codesLeftLow' : 'codesLeft', { count: state.recovery_codes_left })}</p>
            </div>
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="outline" onClick={() => setPending('regenerate')}>
                {t('newCodes')}
              </Button>
              <Button type="button" variant="outline" onClick={() => setPending('remove')}>
                {t('removeAuthenticator')}
              </Button>
            </div>
          </>
        ) : (
          <AuthenticatorSetup actions={{ begin: beginTotpAction, confirm: confirmTotpAction }} onFinished={() => router.refresh()} />
        )}
      </CardContent>
      <CurrentCodeDialog
        pending={pending}
        onClose={() => setPending(null)}
        onDone={(codes) => {
          setPending(null)
          if (codes) setFreshCodes(codes)
          else router.refresh()
        }}
      />
      <Dialog open={freshCodes !== null} onOpenChange={(open) => !open && (setFreshCodes(null), router.refresh())}>
        <DialogContent>
          <DialogTitle>{t('freshTitle')}</DialogTitle>
          <DialogDescription>{t('freshDescription')}</DialogDescription>
          {freshCodes && <RecoveryCodes codes={freshCodes} onDone={() => (setFreshCodes(null), router.refresh())} />}
        </DialogContent>
      </Dialog>
    </Card>
  )
}

/** Weakening or resetting the second factor needs proof that the caller still holds it. */
function CurrentCodeDialog({ pending, onClose, onDone }: { pending: Pending; onClose: () => void; onDone: (codes: string[] | null) => void }) {
  const { form, onSubmit } = useServerForm('second-factor', { defaultValues: { code: '' } })
  const { errors, isSubmitting } = form.formState
  const t = useTranslations('profile.twoStep')
  const tCommon = useTranslations('common.actions')
  const { localize, localizeErrors } = useLocalizedMessage()

  async function submit(values: FormOutput<'second-factor'>) {
    if (!pending) return
    const result = pending === 'remove' ? await removeTotpAction(values) : await regenerateRecoveryCodesAction(values)
    if (!result.ok) return result.errors ? showFieldErrors(form, localizeErrors(result.errors)) : void toast.error(localize(result.message))
    form.reset()
    toast.success(t(`${pending}.done`))
    onDone(result.data && 'recovery_codes' in result.data ? result.data.recovery_codes : null)
  }

  return (
    <Dialog open={pending !== null} onOpenChange={(open) => !open && (form.reset(), onClose())}>
      <DialogContent>
        <DialogTitle>{pending && t(`${pending}.title`)}</DialogTitle>
        <DialogDescription>{pending && t(`${pending}.description`)}</DialogDescription>
        <form onSubmit={onSubmit(submit)} noValidate className="flex flex-col gap-4">
          <FormField id="current-code" label={t('currentCode')} error={errors.code?.message}>
            <Input {...fieldProps('current-code', errors.code?.message)} autoComplete="one-time-code" autoFocus {...form.register('code')} />
          </FormField>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => (form.reset(), onClose())}>
              {tCommon('cancel')}
            </Button>
            <Button type="submit" variant={pending === 'remove' ? 'destructive' : 'default'} disabled={isSubmitting}>
              {pending && t(`${pending}.submit`)}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  )
}
