import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { StandalonePage } from '@/components/shell/standalone-page'
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { mustEnrolSecondFactor } from '@/lib/services/mfa/mfa-policy'
import { SecondFactorSetup } from './second-factor-setup'

export const metadata: Metadata = { title: 'Set up two-step sign-in' }

/** Where staff and admins without a second factor are held while the setting requires one. */
export default async function SetUpSecondFactorPage() {
  const user = await getDashboardUser()
  if (!user) redirect('/sign-in')
  if (!(await mustEnrolSecondFactor(user))) redirect('/')

  return (
    <StandalonePage width="wide">
      <Card className="w-full shadow-sm">
        <CardHeader>
          <h1 className="text-xl font-semibold tracking-tight">Set up two-step sign-in</h1>
          <CardDescription>
            Staff and administrators of this VI Cross must use a second factor. Add an authenticator app to {user.email} to continue.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <SecondFactorSetup />
        </CardContent>
      </Card>
    </StandalonePage>
  )
}
