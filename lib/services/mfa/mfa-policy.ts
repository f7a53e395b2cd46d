import { config } from '@/lib/config'
import { db } from '@/lib/db'
import { conflict } from '@/lib/errors'
import type { Role } from '@/lib/generated/prisma/enums'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { recordAudit } from '@/lib/services/audit/record-audit'
import type { AuthRequestMeta } from '@/lib/services/auth/request-meta'

const SETTING_KEY = 'require_mfa_for_staff'
/** Another process's change reaches this one within this long; this process's own at once. */
const SETTING_TTL_MS = 5_000

const cached = processSingleton('mfa-policy-setting', () => ({ value: false, readAt: 0 }))

export interface SecuritySettings {
  /** Staff and admins must have a second factor before they can do anything else. */
  require_mfa_for_staff: boolean
  /** REQUIRE_MFA=staff is set: the requirement holds whatever the stored setting says. */
  forced_by_environment: boolean
}

async function storedRequirement(): Promise<boolean> {
  const state = cached.get()
  if (Date.now() - state.readAt < SETTING_TTL_MS) return state.value
  const row = await db().appSetting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } })
  state.value = row?.value === true
  state.readAt = Date.now()
  return state.value
}

/** Reads the stored setting afresh next time (tests; a change made in this process does it itself). */
export function forgetSecuritySettings(): void {
  cached.get().readAt = 0
}

export async function securitySettings(): Promise<SecuritySettings> {
  const forced = config().REQUIRE_MFA === 'staff'
  return { require_mfa_for_staff: forced || (await storedRequirement()), forced_by_environment: forced }
}

/**
 * The admin setting; REQUIRE_MFA=staff overrides an "off" while it is set. An admin turns it on
 * only with a second factor of their own: otherwise the switch would lock them out of this page.
 */
export async function setRequireMfaForStaff(actor: { id: string; mfaEnabled: boolean }, value: boolean, meta: AuthRequestMeta): Promise<SecuritySettings> {
  if (value && !actor.mfaEnabled)
    throw conflict('Set up your own second factor before requiring one', {
      require_mfa_for_staff: ['Set up your own authenticator app first (Profile → Security)'],
    })
  const actorId = actor.id
  await db().$transaction(async (tx) => {
    await tx.appSetting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value }, update: { value } })
    await recordAudit(
      {
        actorId,
        action: 'settings.require_mfa_changed',
        entityType: 'settings',
        entityId: null,
        details: { require_mfa_for_staff: value },
        ip: meta.ip,
        requestId: meta.requestId,
      },
      tx,
    )
  })
  forgetSecuritySettings()
  return securitySettings()
}

/** Whether this account must set up a second factor before anything else. */
export async function mustEnrolSecondFactor(user: { role: Role; mfaEnabled: boolean }): Promise<boolean> {
  if (user.role === 'user' || user.mfaEnabled) return false
  return (await securitySettings()).require_mfa_for_staff
}
