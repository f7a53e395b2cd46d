import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { isUuid } from '@/lib/services/is-uuid'
import { requireModerator } from './require-moderator'

/**
 * Removes a message (staff): soft, so that its seq stays and resuming clients learn it was removed.
 * Removing a removed message changes nothing. Returns the room to tell.
 */
export async function deleteMessage(actor: Actor, messageId: string): Promise<{ id: string; roomId: string }> {
  requireModerator(actor)
  if (!isUuid(messageId)) throw notFound('Message')
  return db().$transaction(async (tx) => {
    const message = await tx.message.findUnique({ where: { id: messageId }, select: { id: true, roomId: true, userId: true, deletedAt: true } })
    if (!message) throw notFound('Message')
    if (!message.deletedAt) {
      await tx.message.update({ where: { id: messageId }, data: { deletedAt: new Date(), deletedById: actor.id }, select: { id: true } })
      await recordAudit(
        {
          ...auditContext(actor),
          action: 'message.deleted',
          entityType: 'message',
          entityId: messageId,
          details: { room_id: message.roomId, author_id: message.userId },
        },
        tx,
      )
    }
    return { id: message.id, roomId: message.roomId }
  })
}
