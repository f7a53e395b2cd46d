import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { googleEnabled } from '@/lib/auth/google-enabled'
import { getProfile } from '@/lib/services/users/get-profile'
import { securitySettings } from '@/lib/services/mfa/mfa-policy'
import { secondFactorStatus } from '@/lib/services/mfa/totp-enrolment'
import { MfaPolicyCard } from './mfa-policy-card'
import { SecurityCard } from './security-card'
import { SignInsCard } from './sign-ins-card'
import { PasskeysCard } from './passkeys-card'
import { listPasskeys } from '@/lib/services/passkeys/passkeys'
import { listSignIns } from '@/lib/services/sessions/sign-ins'
import { ChangePasswordForm } from './change-password-form'
import { ProfileDetailsForm } from './profile-details-form'
import { PreferencesCard } from './preferences-card'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('profile')
  return { title: t('metaTitle') }
}

export default async function ProfilePage() {
  const user = await requireDashboardUser()
  const t = await getTranslations()
  const [profile, factors, settings, signIns, passkeys] = await Promise.all([
    getProfile(user.id),
    secondFactorStatus(user.id),
    securitySettings(),
    listSignIns(user.id, user.signInId),
    listPasskeys(user.id),
  ])

  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Card className="flex flex-col gap-4 overflow-hidden p-0 sm:flex-row sm:items-center">
        <div
          className="h-24 bg-linear-to-br from-primary/25 to-primary/5 bg-cover bg-center sm:h-auto sm:w-40 sm:self-stretch"
          style={profile.background_image_url ? { backgroundImage: `url(${JSON.stringify(profile.background_image_url)})` } : undefined}
        />
        <div className="flex items-center gap-4 px-6 pb-6 sm:py-6 sm:ps-0">
          {profile.image_url ? (
            // eslint-disable-next-line @next/next/no-img-element -- user uploads come from local disk or ImageKit, not next/image's loader
            <img src={profile.image_url} alt="" className="size-14 rounded-full object-cover ring-2 ring-background" />
          ) : (
            <span aria-hidden className="grid size-14 place-items-center rounded-full bg-primary/10 text-lg font-semibold text-primary">
              {(profile.name ?? profile.email).slice(0, 1).toUpperCase()}
            </span>
          )}
          <div className="flex min-w-0 flex-col gap-1">
            <p className="truncate font-semibold">{profile.name ?? profile.email}</p>
            <p className="truncate text-sm text-muted-foreground">{profile.email}</p>
            <div className="flex gap-2">
              <Badge tone="primary">{t(`shell.roles.${profile.role}`)}</Badge>
              <Badge tone={profile.email_verified ? 'success' : 'neutral'}>
                {profile.email_verified ? t('profile.emailVerified') : t('profile.emailUnverified')}
              </Badge>
            </div>
          </div>
        </div>
      </Card>
      <ProfileDetailsForm profile={profile} />
      <PreferencesCard locale={user.locale} hourCycle={user.hourCycle} />
      <ChangePasswordForm />
      <SecurityCard state={{ ...factors, required: settings.require_mfa_for_staff, passkeys: passkeys.length }} googleEnabled={googleEnabled()} />
      <PasskeysCard passkeys={passkeys} />
      <SignInsCard signIns={signIns} />
      {user.role === 'admin' && <MfaPolicyCard settings={settings} />}
    </>
  )
}
