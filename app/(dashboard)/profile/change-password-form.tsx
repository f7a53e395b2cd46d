'use client'

import { useRouter } from 'next/navigation'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { toast } from 'sonner'
import { z } from 'zod'

import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { passwordSchema } from '@/lib/schemas/auth'
import { changePasswordAction } from './actions'

const values = z
  .object({ password: z.string().min(1, 'Enter your current password'), new_password: passwordSchema, confirmation: z.string() })
  .refine((form) => form.new_password === form.confirmation, { path: ['confirmation'], message: 'Passwords do not match' })
  .refine((form) => form.new_password !== form.password, { path: ['new_password'], message: 'Choose a password different from the current one' })

type Values = z.infer<typeof values>

export function ChangePasswordForm() {
  const router = useRouter()
  const form = useForm<Values>({ resolver: zodResolver(values), defaultValues: { password: '', new_password: '', confirmation: '' } })
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
        <form onSubmit={form.handleSubmit(submit)} noValidate className="flex max-w-md flex-col gap-4">
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
