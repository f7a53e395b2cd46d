'use client'

import { useRouter } from 'next/navigation'
import { signOut } from 'next-auth/react'
import { useTranslations } from 'next-intl'

import { addPasskeyAction, beginTotpAction, confirmTotpAction, passkeyOptionsAction } from '@/app/(dashboard)/profile/security-actions'
import { AddPasskey } from '@/components/security/add-passkey'
import { AuthenticatorSetup } from '@/components/security/authenticator-setup'
import { Button } from '@/components/ui/button'

export function SecondFactorSetup() {
  const router = useRouter()
  const t = useTranslations('auth')
  return (
    <div className="flex flex-col gap-6">
      <AuthenticatorSetup actions={{ begin: beginTotpAction, confirm: confirmTotpAction }} onFinished={() => router.replace('/')} />
      <div className="flex flex-col gap-3 border-t pt-4">
        <p className="text-sm text-muted-foreground">{t('setUp.orPasskey')}</p>
        <AddPasskey actions={{ options: passkeyOptionsAction, add: addPasskeyAction }} onAdded={() => router.replace('/')} />
      </div>
      <div className="border-t pt-4">
        <Button type="button" variant="ghost" onClick={() => void signOut({ callbackUrl: '/sign-in' })}>
          {t('signOut')}
        </Button>
      </div>
    </div>
  )
}
