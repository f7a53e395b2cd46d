'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { KeyRound } from 'lucide-react'
import { toast } from 'sonner'
import { useFormatter, useTranslations } from 'next-intl'

import { useLocalizedMessage } from '@/components/feedback/use-localized-message'

import { AddPasskey } from '@/components/security/add-passkey'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { PasskeyJson } from '@/lib/services/passkeys/passkeys'
import { addPasskeyAction, passkeyOptionsAction, removePasskeyAction } from './security-actions'

/** The profile's passkeys: sign in with a fingerprint, face or security key instead of a password and code. */
export function PasskeysCard({ passkeys }: { passkeys: PasskeyJson[] }) {
  const router = useRouter()
  const [removing, setRemoving] = useState<PasskeyJson | null>(null)
  const t = useTranslations('profile.passkeys')
  const format = useFormatter()
  const { localize } = useLocalizedMessage()
  const when = (iso: string) => format.dateTime(new Date(iso), 'date')

  async function remove(passkey: PasskeyJson) {
    const result = await removePasskeyAction(passkey.id)
    if (!result.ok) return void toast.error(localize(result.message))
    toast.success(t('removed', { name: passkey.name }))
    router.refresh()
  }

  return (
    <Card id="passkeys">
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {passkeys.length > 0 && (
          <ul className="flex flex-col divide-y rounded-md border" aria-label={t('title')}>
            {passkeys.map((passkey) => (
              <li key={passkey.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
                <KeyRound className="size-5 shrink-0 text-muted-foreground" aria-hidden />
                <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <p className="flex items-center gap-2 font-medium">
                    {passkey.name}
                    {passkey.synced && <Badge tone="neutral">{t('synced')}</Badge>}
                  </p>
                  <p className="text-muted-foreground">
                    {t('added', { date: when(passkey.created_at) })} ·{' '}
                    {passkey.last_used_at ? t('lastUsed', { date: when(passkey.last_used_at) }) : t('notUsed')}
                  </p>
                </div>
                <Button type="button" variant="outline" size="sm" onClick={() => setRemoving(passkey)} aria-label={t('removeLabel', { name: passkey.name })}>
                  {t('remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <AddPasskey actions={{ options: passkeyOptionsAction, add: addPasskeyAction }} onAdded={() => router.refresh()} />
      </CardContent>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('confirmTitle', { name: removing?.name ?? '' })}
        description={t('confirmDescription')}
        confirmLabel={t('confirmLabel')}
        onConfirm={() => {
          const passkey = removing
          setRemoving(null)
          if (passkey) void remove(passkey)
        }}
      />
    </Card>
  )
}
