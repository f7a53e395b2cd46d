import { recordAudit } from '@/lib/services/audit/record-audit'
import { db } from '@/lib/db'
import type { AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'

/** Records that the user controls their address (a code or link reached them). Idempotent. */
export async function markEmailVerified(userId: string, meta: AuthRequestMeta & { via: 'code' | 'link' }): Promise<void> {
  const updated = await db().user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: new Date() } })
  if (updated.count === 0) return
  securityEvent('email.verified', { userId, ip: meta.ip, requestId: meta.requestId, via: meta.via })
  await recordAudit({
    actorId: userId,
    action: 'user.email_verified',
    entityType: 'user',
    entityId: userId,
    details: { via: meta.via },
    ip: meta.ip,
    requestId: meta.requestId,
  })
}
