import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { StandalonePage } from '@/components/shell/standalone-page'
import { hasRole } from '@/lib/auth/auth-user'
import { getDashboardUser, safeCallbackPath } from '@/lib/auth/dashboard-session'
import { googleEnabled } from '@/lib/auth/google-enabled'
import { SignInForm } from './sign-in-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn')
  return { title: t('metaTitle') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const MFA_CHALLENGE = /^[A-Za-z0-9_-]{43}$/
/** A Google sign-in that still owes its second factor comes back here with its challenge (and whether a passkey can answer it). */
function secondStep(token: string | undefined, passkey: string | undefined): { token: string; passkey: boolean } | null {
  return token && MFA_CHALLENGE.test(token) ? { token, passkey: passkey === '1' } : null
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const callbackUrl = safeCallbackPath(first(params.callbackUrl))
  // Someone already signed in has nothing to do here.
  const user = await getDashboardUser()
  if (user) redirect(hasRole(user.role, 'staff') ? callbackUrl : '/no-access')
  const t = await getTranslations('auth.signIn')

  return (
    <StandalonePage>
      <SignInForm
        callbackUrl={callbackUrl}
        googleEnabled={googleEnabled()}
        initialError={first(params.error) ?? null}
        initialChallenge={secondStep(first(params.mfa), first(params.passkey))}
      />
      <p className="text-center text-xs text-muted-foreground">{t('audience')}</p>
    </StandalonePage>
  )
}
