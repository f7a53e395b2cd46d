'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { KeyRound } from 'lucide-react'
import { toast } from 'sonner'

import { AddPasskey } from '@/components/security/add-passkey'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { PasskeyJson } from '@/lib/services/passkeys/passkeys'
import { addPasskeyAction, passkeyOptionsAction, removePasskeyAction } from './security-actions'

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** The profile's passkeys: sign in with a fingerprint, face or security key instead of a password and code. */
export function PasskeysCard({ passkeys }: { passkeys: PasskeyJson[] }) {
  const router = useRouter()
  const [removing, setRemoving] = useState<PasskeyJson | null>(null)

  async function remove(passkey: PasskeyJson) {
    const result = await removePasskeyAction(passkey.id)
    if (!result.ok) return void toast.error(result.message)
    toast.success(`Passkey “${passkey.name}” removed`)
    router.refresh()
  }

  return (
    <Card id="passkeys">
      <CardHeader>
        <CardTitle>Passkeys</CardTitle>
        <CardDescription>
          Sign in with your fingerprint, face, screen lock or a security key: no password, no code, and nothing a fake site can catch. A passkey also works as
          the second step after a password.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {passkeys.length > 0 && (
          <ul className="flex flex-col divide-y rounded-md border" aria-label="Passkeys">
            {passkeys.map((passkey) => (
              <li key={passkey.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
                <KeyRound className="size-5 shrink-0 text-muted-foreground" aria-hidden />
                <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <p className="flex items-center gap-2 font-medium">
                    {passkey.name}
                    {passkey.synced && <Badge tone="neutral">Synced</Badge>}
                  </p>
                  <p className="text-muted-foreground">
                    Added {when.format(new Date(passkey.created_at))} ·{' '}
                    {passkey.last_used_at ? `last used ${when.format(new Date(passkey.last_used_at))}` : 'not used yet'}
                  </p>
                </div>
                <Button type="button" variant="outline" size="sm" onClick={() => setRemoving(passkey)} aria-label={`Remove passkey ${passkey.name}`}>
                  Remove
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
        title={`Remove the passkey “${removing?.name ?? ''}”?`}
        description="It will no longer sign you in. Remove it from the device or password manager that holds it as well."
        confirmLabel="Remove passkey"
        onConfirm={() => {
          const passkey = removing
          setRemoving(null)
          if (passkey) void remove(passkey)
        }}
      />
    </Card>
  )
}
