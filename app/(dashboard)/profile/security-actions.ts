'use server'

import { getLocale, getTranslations } from 'next-intl/server'

import { dashboardDataAction, type DataResult } from '@/lib/auth/dashboard-action'
import { fieldErrors } from '@/lib/errors'
import { formSchemas } from '@/lib/forms/form-schemas'
import { localizeFieldErrors } from '@/lib/forms/localize-message'
import { securitySettingsUpdateSchema } from '@/lib/schemas/auth'
import { setRequireMfaForStaff, type SecuritySettings } from '@/lib/services/mfa/mfa-policy'
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server'
import { passkeyRegistrationSchema } from '@/lib/schemas/passkeys'
import { isUuid } from '@/lib/services/is-uuid'
import { passkeyRegistrationOptions, registerPasskey, removePasskey } from '@/lib/services/passkeys/passkeys'
import { endOtherSignIns, endSignIn } from '@/lib/services/sessions/sign-ins'
import { beginTotpEnrolment, confirmTotpEnrolment, regenerateRecoveryCodes, removeTotp, type TotpEnrolment } from '@/lib/services/mfa/totp-enrolment'

/*
 * The profile's second-factor actions: the dashboard's side of /api/user/mfa/*, through the same
 * services. Starting and confirming an authenticator are open to staff held at the set-up page.
 */

const checked = <N extends 'second-factor' | 'authenticator-code'>(name: N, values: unknown) => formSchemas[name].safeParse(values)

/** A refusal of the action's own input, in the viewer's language (a service's result is localized where it is shown). */
async function refused(key: 'checkCode' | 'invalidSetting' | 'unknownSignIn' | 'checkName' | 'unknownPasskey', errors?: Record<string, string[]>) {
  const [t, locale] = await Promise.all([getTranslations('profile.actions'), getLocale()])
  return { ok: false as const, message: t(key), ...(errors && { errors: localizeFieldErrors(errors, locale) }) }
}

export async function beginTotpAction(): Promise<DataResult<TotpEnrolment>> {
  return dashboardDataAction('user', (actor) => beginTotpEnrolment(actor.id), { duringEnrolment: true })
}

export async function confirmTotpAction(values: { code: string }): Promise<DataResult<{ recovery_codes: string[] }>> {
  const input = checked('authenticator-code', values)
  if (!input.success) return refused('checkCode', fieldErrors(input.error))
  return dashboardDataAction('user', (actor) => confirmTotpEnrolment(actor.id, input.data.code, actor), { duringEnrolment: true })
}

export async function removeTotpAction(values: { code: string }): Promise<DataResult<null>> {
  const input = checked('second-factor', values)
  if (!input.success) return refused('checkCode', fieldErrors(input.error))
  return dashboardDataAction('user', async (actor) => {
    await removeTotp(actor.id, input.data.code, actor)
    return null
  })
}

export async function regenerateRecoveryCodesAction(values: { code: string }): Promise<DataResult<{ recovery_codes: string[] }>> {
  const input = checked('second-factor', values)
  if (!input.success) return refused('checkCode', fieldErrors(input.error))
  return dashboardDataAction('user', (actor) => regenerateRecoveryCodes(actor.id, input.data.code, actor))
}

export async function setRequireMfaAction(values: { require_mfa_for_staff: boolean }): Promise<DataResult<SecuritySettings>> {
  const input = securitySettingsUpdateSchema.safeParse(values)
  if (!input.success) return refused('invalidSetting')
  return dashboardDataAction('admin', (actor) => setRequireMfaForStaff(actor, input.data.require_mfa_for_staff, actor))
}

export async function endSignInAction(id: string): Promise<DataResult<null>> {
  if (!isUuid(id)) return refused('unknownSignIn')
  return dashboardDataAction('user', async (actor) => {
    await endSignIn(actor, actor.id, id)
    return null
  })
}

export async function endOtherSignInsAction(): Promise<DataResult<number>> {
  return dashboardDataAction('user', (actor) => endOtherSignIns(actor, actor.id, actor.signInId))
}

export async function passkeyOptionsAction(): Promise<DataResult<{ challenge_id: string; options: PublicKeyCredentialCreationOptionsJSON }>> {
  return dashboardDataAction('user', (actor) => passkeyRegistrationOptions(actor.id), { duringEnrolment: true })
}

export async function addPasskeyAction(values: {
  challenge_id: string
  name: string
  response: unknown
}): Promise<DataResult<{ recovery_codes: string[] | null }>> {
  const input = passkeyRegistrationSchema.safeParse(values)
  if (!input.success) return refused('checkName', fieldErrors(input.error))
  return dashboardDataAction(
    'user',
    async (actor) => {
      const { recovery_codes } = await registerPasskey(
        actor.id,
        { challengeId: input.data.challenge_id, name: input.data.name, response: input.data.response },
        actor,
      )
      return { recovery_codes }
    },
    { duringEnrolment: true },
  )
}

export async function removePasskeyAction(id: string): Promise<DataResult<null>> {
  if (!isUuid(id)) return refused('unknownPasskey')
  return dashboardDataAction('user', async (actor) => {
    await removePasskey(actor.id, id, actor)
    return null
  })
}
