'use client'

import { useState } from 'react'
import { KeyRound } from 'lucide-react'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { useLocalizedMessage } from '@/components/feedback/use-localized-message'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { DataResult } from '@/lib/auth/dashboard-action'
import { createPasskey } from '@/lib/client/passkey-ceremony'
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser'
import { RecoveryCodes } from './recovery-codes'

export type PasskeyActions = {
  options: () => Promise<DataResult<{ challenge_id: string; options: PublicKeyCredentialCreationOptionsJSON }>>
  add: (values: { challenge_id: string; name: string; response: unknown }) => Promise<DataResult<{ recovery_codes: string[] | null }>>
}

/** "Add a passkey": a name, then the browser's own passkey dialog (Touch ID, Windows Hello, a security key, a phone). */
export function AddPasskey({ actions, onAdded }: { actions: PasskeyActions; onAdded: () => void }) {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [codes, setCodes] = useState<string[] | null>(null)
  const t = useTranslations('security.passkey')
  const { localize } = useLocalizedMessage()

  async function add(event: React.FormEvent) {
    event.preventDefault()
    if (!name.trim()) return setError(t('nameRequired'))
    setError(null)
    setBusy(true)
    const created = await createPasskey(async () => {
      const result = await actions.options()
      return result.ok ? { ok: true, value: result.data } : { ok: false, message: result.message }
    })
    if (!created.ok) {
      setBusy(false)
      if (created.message) toast.error(localize(created.message))
      return
    }
    const result = await actions.add({ ...created.value, name: name.trim() })
    setBusy(false)
    if (!result.ok) return setError(localize(result.errors?.name?.[0] ?? result.message))
    toast.success(t('added'))
    setName('')
    if (result.data.recovery_codes) setCodes(result.data.recovery_codes)
    else onAdded()
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={onAdded} />
  return (
    <form onSubmit={(event) => void add(event)} noValidate className="flex max-w-md flex-col gap-3 sm:flex-row sm:items-end">
      <FormField id="passkey-name" label={t('name')} error={error ?? undefined} className="flex-1">
        <Input
          {...fieldProps('passkey-name', error ?? undefined)}
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('placeholder')}
          maxLength={60}
        />
      </FormField>
      <Button type="submit" disabled={busy}>
        <KeyRound aria-hidden />
        {busy ? t('waiting') : t('add')}
      </Button>
    </form>
  )
}
