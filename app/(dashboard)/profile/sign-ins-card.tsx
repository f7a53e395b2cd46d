'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { useLocalizedMessage } from '@/components/feedback/use-localized-message'

import { SignInList } from '@/components/security/sign-in-list'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import type { SignIn } from '@/lib/services/sessions/sign-ins'
import { endOtherSignInsAction, endSignInAction } from './security-actions'

/** The profile's "Where you are signed in": each dashboard session and API client, signed out one by one or all at once. */
export function SignInsCard({ signIns }: { signIns: SignIn[] }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const t = useTranslations('profile.signIns')
  const { localize } = useLocalizedMessage()
  const others = signIns.filter((signIn) => !signIn.current).length

  async function end(signIn: SignIn) {
    setBusy(true)
    const result = await endSignInAction(signIn.id)
    setBusy(false)
    if (!result.ok) return void toast.error(localize(result.message))
    toast.success(t('signedOut', { device: signIn.device }))
    router.refresh()
  }

  async function endOthers() {
    setBusy(true)
    const result = await endOtherSignInsAction()
    setBusy(false)
    if (!result.ok) return void toast.error(localize(result.message))
    toast.success(t('signedOutOthers', { count: result.data }))
    router.refresh()
  }

  return (
    <Card id="sign-ins">
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <SignInList signIns={signIns} busy={busy} onEnd={(signIn) => void end(signIn)} currentLabel={t('thisBrowser')} />
        {others > 0 && (
          <div>
            <Button type="button" variant="outline" disabled={busy} onClick={() => void endOthers()}>
              {t('signOutOthers')}
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  )
}
