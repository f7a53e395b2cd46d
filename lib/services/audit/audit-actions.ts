/**
 * Every kind of audit entry the product writes. `recordAudit` accepts only these, and
 * describe-audit-entry.ts must word each one (a unit test walks this list), so a new kind of entry
 * cannot reach the audit log without a sentence.
 */
export const AUDIT_ACTIONS = [
  'seed.first_admin',
  'settings.require_mfa_changed',
  'user.registered',
  'user.created_with_google',
  'user.google_linked',
  'user.email_verified',
  'user.email_changed',
  'user.password_changed',
  'user.password_reset',
  'user.role_changed',
  'user.activated',
  'user.deactivated',
  'user.deleted',
  'user.restored',
  'user.purged',
  'user.mfa_totp_added',
  'user.mfa_totp_removed',
  'user.recovery_codes_regenerated',
  'user.recovery_code_used',
  'user.passkey_added',
  'user.passkey_removed',
  'user.sign_in_ended',
  'user.other_sign_ins_ended',
  'user.new_device_sign_in',
  'company.created',
  'company.updated',
  'company.deleted',
  'company.restored',
  'company.purged',
  'booth.created',
  'booth.updated',
  'booth.resubmitted',
  'booth.accepted',
  'booth.rejected',
  'booth.reopened',
  'booth.deleted',
  'booth.restored',
  'booth.purged',
  'room.created',
  'room.user_muted',
  'message.deleted',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value)
