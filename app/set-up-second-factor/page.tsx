import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { StandalonePage } from '@/components/shell/standalone-page'
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { mustEnrolSecondFactor } from '@/lib/services/mfa/mfa-policy'
import { SecondFactorSetup } from './second-factor-setup'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.setUp')
  return { title: t('title') }
}

/** Where staff and admins without a second factor are held while the setting requires one. */
export default async function SetUpSecondFactorPage() {
  const user = await getDashboardUser()
  if (!user) redirect('/sign-in')
  if (!(await mustEnrolSecondFactor(user))) redirect('/')
  const t = await getTranslations('auth.setUp')

  return (
    <StandalonePage width="wide">
      <Card className="w-full shadow-sm">
        <CardHeader>
          <h1 className="text-xl font-semibold tracking-tight">{t('title')}</h1>
          <CardDescription>{t('description', { email: user.email })}</CardDescription>
        </CardHeader>
        <CardContent>
          <SecondFactorSetup />
        </CardContent>
      </Card>
    </StandalonePage>
  )
}
