'use client'

import { useRouter } from 'next/navigation'
import { toast } from 'sonner'

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
    toast.success('Password changed. Sign in with your new password.')
    router.replace('/sign-in')
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Password</CardTitle>
        <CardDescription>Changing it signs you out everywhere, including this browser and the apps.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit(submit)} noValidate className="flex max-w-md flex-col gap-4">
          <FormField id="current-password" label="Current password" error={errors.password?.message}>
            <Input
              {...fieldProps('current-password', errors.password?.message)}
              type="password"
              autoComplete="current-password"
              {...form.register('password')}
            />
          </FormField>
          <FormField id="new-password" label="New password" error={errors.new_password?.message} hint="At least 12 characters; nothing common.">
            <Input
              {...fieldProps('new-password', errors.new_password?.message)}
              type="password"
              autoComplete="new-password"
              {...form.register('new_password')}
            />
          </FormField>
          <FormField id="confirm-password" label="Confirm new password" error={errors.confirmation?.message}>
            <Input
              {...fieldProps('confirm-password', errors.confirmation?.message)}
              type="password"
              autoComplete="new-password"
              {...form.register('confirmation')}
            />
          </FormField>
          <div>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? 'Changing…' : 'Change password'}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  )
}
