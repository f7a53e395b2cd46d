'use client'

import { useRouter } from 'next/navigation'
import { toast } from 'sonner'

import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { apiRequest } from '@/lib/client/post-json'
import type { FormOutput } from '@/lib/forms/form-schemas'
import { useServerForm } from '@/lib/forms/use-server-form'
import type { UserJson } from '@/lib/schemas/users'

type Fields = { name: string; company: string; image?: FileList; background_image?: FileList }
type Values = FormOutput<'profile-details'> & Pick<Fields, 'image' | 'background_image'>
const FIELDS: ReadonlyArray<keyof Fields> = ['name', 'company', 'image', 'background_image']

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif'

/** Name, company and images, saved through the API's edit-user route (which checks the files by content). */
export function ProfileDetailsForm({ profile }: { profile: UserJson }) {
  const router = useRouter()
  const { form, onSubmit } = useServerForm<'profile-details', Fields>('profile-details', {
    defaultValues: { name: profile.name ?? '', company: profile.company ?? '' },
  })
  const { errors, isSubmitting } = form.formState

  async function submit(data: Values) {
    const body = new FormData()
    body.set('name', data.name)
    body.set('company', data.company)
    const image = data.image?.[0]
    const background = data.background_image?.[0]
    if (image) body.set('image', image)
    if (background) body.set('background_image', background)
    const result = await apiRequest('/api/user/edit-user', { method: 'PATCH', body })
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.errors)) {
        if ((FIELDS as readonly string[]).includes(field)) form.setError(field as keyof Fields, { message: messages[0] })
      }
      return void toast.error(result.message)
    }
    toast.success('Profile saved.')
    form.reset({ name: data.name, company: data.company })
    router.refresh()
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
        <CardDescription>How you appear to other people in VI Cross.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit(submit)} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <FormField id="profile-name" label="Name" error={errors.name?.message}>
            <Input {...fieldProps('profile-name', errors.name?.message)} autoComplete="name" {...form.register('name')} />
          </FormField>
          <FormField id="profile-company" label="Company" error={errors.company?.message}>
            <Input {...fieldProps('profile-company', errors.company?.message)} autoComplete="organization" {...form.register('company')} />
          </FormField>
          <FormField id="profile-image" label="Profile image" error={errors.image?.message} hint="JPEG, PNG, WebP or GIF.">
            <Input
              {...fieldProps('profile-image', errors.image?.message)}
              type="file"
              accept={IMAGE_TYPES}
              className="file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium"
              {...form.register('image')}
            />
          </FormField>
          <FormField id="profile-background" label="Background image" error={errors.background_image?.message} hint="Shown behind your profile in the apps.">
            <Input
              {...fieldProps('profile-background', errors.background_image?.message)}
              type="file"
              accept={IMAGE_TYPES}
              className="file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium"
              {...form.register('background_image')}
            />
          </FormField>
          <div className="sm:col-span-2">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? 'Saving…' : 'Save changes'}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  )
}
