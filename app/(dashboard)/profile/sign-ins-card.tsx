'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { toast } from 'sonner'

import { SignInList } from '@/components/security/sign-in-list'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import type { SignIn } from '@/lib/services/sessions/sign-ins'
import { endOtherSignInsAction, endSignInAction } from './security-actions'

/** The profile's "Where you are signed in": each dashboard session and API client, signed out one by one or all at once. */
export function SignInsCard({ signIns }: { signIns: SignIn[] }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const others = signIns.filter((signIn) => !signIn.current).length

  async function end(signIn: SignIn) {
    setBusy(true)
    const result = await endSignInAction(signIn.id)
    setBusy(false)
    if (!result.ok) return void toast.error(result.message)
    toast.success(`Signed out ${signIn.device}`)
    router.refresh()
  }

  async function endOthers() {
    setBusy(true)
    const result = await endOtherSignInsAction()
    setBusy(false)
    if (!result.ok) return void toast.error(result.message)
    toast.success(result.data === 1 ? 'Signed out 1 other sign-in' : `Signed out ${result.data} other sign-ins`)
    router.refresh()
  }

  return (
    <Card id="sign-ins">
      <CardHeader>
        <CardTitle>Where you are signed in</CardTitle>
        <CardDescription>
          Browsers on this dashboard and apps using your account. Sign out anything you do not recognise, then change your password.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <SignInList signIns={signIns} busy={busy} onEnd={(signIn) => void end(signIn)} currentLabel="This browser" />
        {others > 0 && (
          <div>
            <Button type="button" variant="outline" disabled={busy} onClick={() => void endOthers()}>
              Sign out everywhere else
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  )
}
