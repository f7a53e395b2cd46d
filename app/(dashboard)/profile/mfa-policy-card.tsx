'use client'

import { useState } from 'react'
import { toast } from 'sonner'

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Checkbox } from '@/components/ui/checkbox'
import { Label } from '@/components/ui/label'
import type { SecuritySettings } from '@/lib/services/mfa/mfa-policy'
import { setRequireMfaAction } from './security-actions'

/** Administrators: whether staff and admins must use two-step sign-in. */
export function MfaPolicyCard({ settings }: { settings: SecuritySettings }) {
  const [value, setValue] = useState(settings.require_mfa_for_staff)
  const [saving, setSaving] = useState(false)

  async function change(next: boolean) {
    setSaving(true)
    const result = await setRequireMfaAction({ require_mfa_for_staff: next })
    setSaving(false)
    if (!result.ok) return void toast.error(result.message)
    setValue(result.data.require_mfa_for_staff)
    toast.success(next ? 'Staff and administrators must now use two-step sign-in' : 'Two-step sign-in is now optional for staff')
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Sign-in policy</CardTitle>
        <CardDescription>
          Recommended for production. Staff and administrators without two-step sign-in are sent to set it up and can do nothing else until they have.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-2">
        <div className="flex items-center gap-3">
          <Checkbox
            id="require-mfa"
            checked={value}
            disabled={saving || settings.forced_by_environment}
            onCheckedChange={(checked) => void change(checked === true)}
          />
          <Label htmlFor="require-mfa">Staff and administrators must use two-step sign-in</Label>
        </div>
        {settings.forced_by_environment && <p className="text-sm text-muted-foreground">Required by the server’s configuration (REQUIRE_MFA=staff).</p>}
      </CardContent>
    </Card>
  )
}
