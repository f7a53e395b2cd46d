'use client'

import { useState } from 'react'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { useLocalizedMessage } from '@/components/feedback/use-localized-message'

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Checkbox } from '@/components/ui/checkbox'
import { Label } from '@/components/ui/label'
import type { SecuritySettings } from '@/lib/services/mfa/mfa-policy'
import { setRequireMfaAction } from './security-actions'

/** Administrators: whether staff and admins must use two-step sign-in. */
export function MfaPolicyCard({ settings }: { settings: SecuritySettings }) {
  const [value, setValue] = useState(settings.require_mfa_for_staff)
  const [saving, setSaving] = useState(false)
  const t = useTranslations('profile.policy')
  const { localize } = useLocalizedMessage()

  async function change(next: boolean) {
    setSaving(true)
    const result = await setRequireMfaAction({ require_mfa_for_staff: next })
    setSaving(false)
    if (!result.ok) return void toast.error(localize(result.message))
    setValue(result.data.require_mfa_for_staff)
    toast.success(next ? t('nowRequired') : t('nowOptional'))
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-2">
        <div className="flex items-center gap-3">
          <Checkbox
            id="require-mfa"
            checked={value}
            disabled={saving || settings.forced_by_environment}
            onCheckedChange={(checked) => void change(checked === true)}
          />
          <Label htmlFor="require-mfa">{t('label')}</Label>
        </div>
        {settings.forced_by_environment && <p className="text-sm text-muted-foreground">{t('forced')}</p>}
      </CardContent>
    </Card>
  )
}
