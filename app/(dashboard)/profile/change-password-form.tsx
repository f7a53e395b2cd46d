'use client'

import { useRouter } from 'next/navigation'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'
import { changePasswordAction } from './actions'

type Values = FormOutput<'change-password'>

export function ChangePasswordForm() {
  const router = useRouter()
  const { form, onSubmit } = useServerForm('change-password', { defaultValues: { password: '', new_password: '', confirmation: '' } })
  const { errors, isSubmitting } = form.formState
  const t = useTranslations('profile.password')

  async function submit({ password, new_password }: Values) {
    const result = await changePasswordAction({ password, new_password })
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.errors ?? {})) {
        if (field === 'password' || field === 'new_password') form.setError(field, { message: messages[0] })
      }
      if (!result.errors) toast.error(result.message)
      return
    }
    // Every session was revoked, this one included.
    toast.success(t('changed'))
    router.replace('/sign-in')
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit(submit)} noValidate className="flex max-w-md flex-col gap-4">
          <FormField id="current-password" label={t('current')} error={errors.password?.message}>
            <Input
              {...fieldProps('current-password', errors.password?.message)}
              type="password"
              autoComplete="current-password"
              {...form.register('password')}
            />
          </FormField>
          <FormField id="new-password" label={t('new')} error={errors.new_password?.message} hint={t('newHint')}>
            <Input
              {...fieldProps('new-password', errors.new_password?.message)}
              type="password"
              autoComplete="new-password"
              {...form.register('new_password')}
            />
          </FormField>
          <FormField id="confirm-password" label={t('confirm')} error={errors.confirmation?.message}>
            <Input
              {...fieldProps('confirm-password', errors.confirmation?.message)}
              type="password"
              autoComplete="new-password"
              {...form.register('confirmation')}
            />
          </FormField>
          <div>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t('submitting') : t('submit')}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  )
}
