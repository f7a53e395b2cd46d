'use client'

import { Monitor, Smartphone } from 'lucide-react'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import type { SignIn } from '@/lib/services/sessions/sign-ins'

// One format for the list, in UTC as the rest of the dashboard shows times.
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
const at = (iso: string) => `${when.format(new Date(iso))} UTC`

/** Where an account is signed in, one line per dashboard session or app, each with its own sign-out. */
export function SignInList({
  signIns,
  busy,
  onEnd,
  currentLabel,
}: {
  signIns: SignIn[]
  busy: boolean
  onEnd: (signIn: SignIn) => void
  currentLabel: string
}) {
  if (signIns.length === 0) return <p className="text-sm text-muted-foreground">Not signed in anywhere.</p>
  return (
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
                {signIn.current && <Badge tone="success">{currentLabel}</Badge>}
              </p>
              <p className="text-muted-foreground">
                {signIn.ip ?? 'Unknown address'} · signed in {at(signIn.created_at)} · last active {at(signIn.last_used_at)}
              </p>
            </div>
            {!signIn.current && (
              <Button type="button" variant="outline" size="sm" disabled={busy} onClick={() => onEnd(signIn)} aria-label={`Sign out ${signIn.device}`}>
                Sign out
              </Button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
