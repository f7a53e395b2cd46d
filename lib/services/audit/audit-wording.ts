import type { AuditAction } from './audit-actions'

export type AuditTone = 'success' | 'danger' | 'neutral'

/**
 * How one kind of entry reads: "<actor> <verb> <record> <suffix>". `self` is the verb when the
 * actor acted on their own account ("Pat changed their password"): the record is then left out.
 * `record: false` for entries about no record (a setting).
 */
export interface AuditWording {
  verb: string
  self?: string
  suffix?: string
  record?: false
  tone: AuditTone
}

/** The wording of every action, in one place: both the overview and the audit page read it. */
export const AUDIT_WORDING: Record<AuditAction, AuditWording> = {
  'seed.first_admin': { verb: 'made', suffix: 'the first administrator', tone: 'success' },
  'settings.require_mfa_changed': { verb: 'changed the two-step sign-in policy for staff', record: false, tone: 'neutral' },
  'user.registered': { verb: 'registered', self: 'registered', tone: 'success' },
  'user.created_with_google': { verb: 'created with Google the account of', self: 'signed up with Google', tone: 'success' },
  'user.google_linked': { verb: 'linked a Google account to', self: 'linked their Google account', tone: 'neutral' },
  'user.email_verified': { verb: 'verified the email address of', self: 'verified their email address', tone: 'neutral' },
  'user.email_changed': { verb: 'changed the email address of', self: 'changed their email address', tone: 'neutral' },
  'user.password_changed': { verb: 'changed the password of', self: 'changed their password', tone: 'neutral' },
  'user.password_reset': { verb: 'reset the password of', self: 'reset their password', tone: 'neutral' },
  'user.role_changed': { verb: 'changed the role of', self: 'changed their own role', tone: 'neutral' },
  'user.activated': { verb: 'reactivated', self: 'reactivated their account', tone: 'success' },
  'user.deactivated': { verb: 'deactivated', self: 'deactivated their account', tone: 'danger' },
  'user.deleted': { verb: 'moved the account of', suffix: 'to the trash', self: 'moved their own account to the trash', tone: 'danger' },
  'user.restored': { verb: 'restored the account of', suffix: 'from the trash', tone: 'success' },
  'user.purged': { verb: 'permanently deleted the account of', tone: 'danger' },
  'user.mfa_totp_added': { verb: 'set up an authenticator app for', self: 'set up an authenticator app', tone: 'neutral' },
  'user.mfa_totp_removed': { verb: 'removed the authenticator app of', self: 'removed their authenticator app', tone: 'neutral' },
  'user.recovery_codes_regenerated': { verb: 'renewed the recovery codes of', self: 'renewed their recovery codes', tone: 'neutral' },
  'user.recovery_code_used': { verb: 'used a recovery code of', self: 'signed in with a recovery code', tone: 'neutral' },
  'user.passkey_added': { verb: 'added a passkey for', self: 'added a passkey', tone: 'neutral' },
  'user.passkey_removed': { verb: 'removed a passkey of', self: 'removed a passkey', tone: 'neutral' },
  'user.sign_in_ended': { verb: 'ended a sign-in of', self: 'ended one of their sign-ins', tone: 'neutral' },
  'user.other_sign_ins_ended': { verb: 'ended the other sign-ins of', self: 'signed out their other devices', tone: 'neutral' },
  'user.new_device_sign_in': { verb: 'signed in from a new device as', self: 'signed in from a new device', tone: 'neutral' },
  'company.created': { verb: 'created the company', tone: 'success' },
  'company.updated': { verb: 'edited the company', tone: 'neutral' },
  'company.deleted': { verb: 'moved the company', suffix: 'to the trash', tone: 'danger' },
  'company.restored': { verb: 'restored the company', suffix: 'from the trash', tone: 'success' },
  'company.purged': { verb: 'permanently deleted the company', tone: 'danger' },
  'booth.created': { verb: 'submitted', tone: 'neutral' },
  'booth.updated': { verb: 'edited', tone: 'neutral' },
  'booth.resubmitted': { verb: 'edited and resubmitted', tone: 'neutral' },
  'booth.accepted': { verb: 'accepted', tone: 'success' },
  'booth.rejected': { verb: 'rejected', tone: 'danger' },
  'booth.reopened': { verb: 're-opened', suffix: 'for review', tone: 'neutral' },
  'booth.deleted': { verb: 'moved', suffix: 'to the trash', tone: 'danger' },
  'booth.restored': { verb: 'restored', suffix: 'from the trash', tone: 'success' },
  'booth.purged': { verb: 'permanently deleted', tone: 'danger' },
  'room.created': { verb: 'created the room', tone: 'success' },
  'room.user_muted': { verb: 'muted a member of', tone: 'danger' },
  'message.deleted': { verb: 'deleted a message in', tone: 'danger' },
}

const AREA: Record<string, string> = {
  seed: 'Set-up',
  settings: 'Settings',
  user: 'User',
  company: 'Company',
  booth: 'Booth',
  room: 'Room',
  message: 'Message',
}

/** A short name for an action, for the audit page's filter menu: `booth.accepted` → "Booth · accepted". */
export function auditActionLabel(action: string): string {
  const [area = '', ...rest] = action.split('.')
  return `${AREA[area] ?? area} · ${rest.join('.').replaceAll('_', ' ')}`
}
