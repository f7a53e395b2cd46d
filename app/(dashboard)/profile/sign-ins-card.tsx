'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { Monitor, Smartphone } from 'lucide-react'
import { toast } from 'sonner'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import type { SignIn } from '@/lib/services/sessions/sign-ins'
import { endOtherSignInsAction, endSignInAction } from './security-actions'

// One format for the whole card, in UTC as the rest of the dashboard shows times.
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
const at = (iso: string) => `${when.format(new Date(iso))} UTC`

/** The profile's "Where you are signed in": each dashboard session and API client, signed out one by one or all at once. */
export function SignInsCard({ signIns }: { signIns: SignIn[] }) {
  const router = useRouter()
  const [busy, setBusy] = useState<string | null>(null)
  const others = signIns.filter((signIn) => !signIn.current).length

  async function end(signIn: SignIn) {
    setBusy(signIn.id)
    const result = await endSignInAction(signIn.id)
    setBusy(null)
    if (!result.ok) return void toast.error(result.message)
    toast.success(`Signed out ${signIn.device}`)
    router.refresh()
  }

  async function endOthers() {
    setBusy('others')
    const result = await endOtherSignInsAction()
    setBusy(null)
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
        <ul className="flex flex-col divide-y rounded-md border" aria-label="Sign-ins">
          {signIns.map((signIn) => {
            const Icon = /iOS|Android/.test(signIn.device) ? Smartphone : Monitor
            return (
              <li key={signIn.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
                <Icon className="size-5 shrink-0 text-muted-foreground" aria-hidden />
                <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    {signIn.device}
                    <Badge tone="neutral">{signIn.kind === 'dashboard' ? 'Dashboard' : 'App or API'}</Badge>
                    {signIn.current && <Badge tone="success">This browser</Badge>}
                  </p>
                  <p className="text-muted-foreground">
                    {signIn.ip ?? 'Unknown address'} · signed in {at(signIn.created_at)} · last active {at(signIn.last_used_at)}
                  </p>
                </div>
                {!signIn.current && (
                  <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    disabled={busy !== null}
                    onClick={() => void end(signIn)}
                    aria-label={`Sign out ${signIn.device}`}
                  >
                    Sign out
                  </Button>
                )}
              </li>
            )
          })}
        </ul>
        {others > 0 && (
          <div>
            <Button type="button" variant="outline" disabled={busy !== null} onClick={() => void endOthers()}>
              Sign out everywhere else
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  )
}
