'use client'

import { Monitor, Smartphone } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'

import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import type { SignIn } from '@/lib/services/sessions/sign-ins'

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
  const t = useTranslations('security.signIns')
  const format = useFormatter()
  // In the viewer's language, time zone and clock (lib/i18n/formats.ts).
  const at = (iso: string) => format.dateTime(new Date(iso), 'recent')
  if (signIns.length === 0) return <p className="text-sm text-muted-foreground">{t('none')}</p>
  return (
    <ul className="flex flex-col divide-y rounded-md border" aria-label={t('label')}>
      {signIns.map((signIn) => {
        const Icon = /iOS|Android/.test(signIn.device) ? Smartphone : Monitor
        return (
          <li key={signIn.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
            <Icon className="size-5 shrink-0 text-muted-foreground" aria-hidden />
            <div className="flex min-w-0 flex-1 flex-col gap-0.5">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {signIn.device}
                <Badge tone="neutral">{signIn.kind === 'dashboard' ? t('dashboard') : t('app')}</Badge>
                {signIn.current && <Badge tone="success">{currentLabel}</Badge>}
              </p>
              <p className="text-muted-foreground">
                {t('details', { address: signIn.ip ?? t('unknownAddress'), signedIn: at(signIn.created_at), lastActive: at(signIn.last_used_at) })}
              </p>
            </div>
            {!signIn.current && (
              <Button
                type="button"
                variant="outline"
                size="sm"
                disabled={busy}
                onClick={() => onEnd(signIn)}
                aria-label={t('signOutLabel', { device: signIn.device })}
              >
                {t('signOut')}
              </Button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
