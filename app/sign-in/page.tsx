import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { Brand } from '@/components/shell/brand'
import { ThemeToggle } from '@/components/shell/theme-toggle'
import { hasRole } from '@/lib/auth/auth-user'
import { getDashboardUser, safeCallbackPath } from '@/lib/auth/dashboard-session'
import { googleEnabled } from '@/lib/auth/google-enabled'
import { signInErrorMessage } from '@/lib/auth/sign-in-errors'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const callbackUrl = safeCallbackPath(first(params.callbackUrl))
  // Someone already signed in has nothing to do here.
  const user = await getDashboardUser()
  if (user) redirect(hasRole(user.role, 'staff') ? callbackUrl : '/no-access')

  return (
    <main className="relative grid min-h-dvh place-items-center bg-muted/40 px-4 py-12">
      <div className="absolute top-4 right-4">
        <ThemeToggle />
      </div>
      <div className="flex w-full max-w-sm flex-col items-center gap-6">
        <Brand />
        <SignInForm callbackUrl={callbackUrl} googleEnabled={googleEnabled()} initialError={signInErrorMessage(first(params.error))} />
        <p className="text-center text-xs text-muted-foreground">For administrators and staff of VI Cross trade shows.</p>
      </div>
    </main>
  )
}
