import type { AuditAction } from './audit-actions'

export type AuditTone = 'success' | 'danger' | 'neutral'

/**
 * How one kind of entry reads, apart from its words (messages audit.sentence.<action>): `self` when
 * it has a wording of its own for an actor acting on their own account ("Pat changed their
 * password", audit.self.<action>), the record then left out; `record: false` for entries about no
 * record (a setting).
 */
export interface AuditWording {
  self?: true
  record?: false
  tone: AuditTone
}

/** Every action's shape and tone, in one place: both the overview and the audit page read it. */
export const AUDIT_WORDING: Record<AuditAction, AuditWording> = {
  'seed.first_admin': { tone: 'success' },
  'settings.require_mfa_changed': { record: false, tone: 'neutral' },
  'user.registered': { self: true, tone: 'success' },
  'user.created_with_google': { self: true, tone: 'success' },
  'user.google_linked': { self: true, tone: 'neutral' },
  'user.email_verified': { self: true, tone: 'neutral' },
  'user.email_changed': { self: true, tone: 'neutral' },
  'user.password_changed': { self: true, tone: 'neutral' },
  'user.password_reset': { self: true, tone: 'neutral' },
  'user.role_changed': { self: true, tone: 'neutral' },
  'user.activated': { self: true, tone: 'success' },
  'user.deactivated': { self: true, tone: 'danger' },
  'user.deleted': { self: true, tone: 'danger' },
  'user.restored': { tone: 'success' },
  'user.purged': { tone: 'danger' },
  'user.mfa_totp_added': { self: true, tone: 'neutral' },
  'user.mfa_totp_removed': { self: true, tone: 'neutral' },
  'user.recovery_codes_regenerated': { self: true, tone: 'neutral' },
  'user.recovery_code_used': { self: true, tone: 'neutral' },
  'user.passkey_added': { self: true, tone: 'neutral' },
  'user.passkey_removed': { self: true, tone: 'neutral' },
  'user.sign_in_ended': { self: true, tone: 'neutral' },
  'user.other_sign_ins_ended': { self: true, tone: 'neutral' },
  'user.new_device_sign_in': { self: true, tone: 'neutral' },
  'company.created': { tone: 'success' },
  'company.updated': { tone: 'neutral' },
  'company.deleted': { tone: 'danger' },
  'company.restored': { tone: 'success' },
  'company.purged': { tone: 'danger' },
  'booth.created': { tone: 'neutral' },
  'booth.updated': { tone: 'neutral' },
  'booth.resubmitted': { tone: 'neutral' },
  'booth.accepted': { tone: 'success' },
  'booth.rejected': { tone: 'danger' },
  'booth.reopened': { tone: 'neutral' },
  'booth.deleted': { tone: 'danger' },
  'booth.restored': { tone: 'success' },
  'booth.purged': { tone: 'danger' },
  'room.created': { tone: 'success' },
  'room.user_muted': { tone: 'danger' },
  'message.deleted': { tone: 'danger' },
}
