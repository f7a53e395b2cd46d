import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { ShieldX } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

import { SignOutButton } from '@/components/auth/sign-out-button'
import { Brand } from '@/components/shell/brand'
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card'
import { hasRole } from '@/lib/auth/auth-user'
import { getDashboardUser } from '@/lib/auth/dashboard-session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.noAccess')
  return { title: t('title') }
}

// Where a signed-in account without the staff or admin role lands instead of the dashboard.
export default async function NoAccessPage() {
  const user = await getDashboardUser()
  if (!user) redirect('/sign-in')
  if (hasRole(user.role, 'staff')) redirect('/')
  const t = await getTranslations('auth.noAccess')

  return (
    <main className="grid min-h-dvh place-items-center bg-muted/40 px-4 py-12">
      <div className="flex w-full max-w-sm flex-col items-center gap-6">
        <Brand />
        <Card className="w-full shadow-sm">
          <CardHeader className="items-center text-center">
            <div className="mb-2 grid size-11 place-items-center rounded-full bg-destructive/10 text-destructive">
              <ShieldX aria-hidden className="size-5" />
            </div>
            <h1 className="text-xl leading-none font-semibold tracking-tight">{t('title')}</h1>
            <CardDescription>
              {t.rich('body', { email: user.email, strong: (chunks) => <span className="font-medium text-foreground">{chunks}</span> })}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex justify-center">
            <SignOutButton variant="outline" />
          </CardContent>
        </Card>
      </div>
    </main>
  )
}
