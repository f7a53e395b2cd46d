import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { isUuid } from '@/lib/services/is-uuid'
import { findRoom } from './find-room'
import { requireModerator } from './require-moderator'

/** Mutes a user in a room (staff) until `until`, or with no end. Muting again replaces the end. */
export async function muteUser(actor: Actor, roomId: string, userId: string, until: Date | null = null): Promise<void> {
  requireModerator(actor)
  await findRoom(roomId, actor)
  const user = isUuid(userId) ? await db().user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } }) : null
  if (!user) throw notFound('User')
  await db().$transaction(async (tx) => {
    await tx.roomMute.upsert({
      where: { roomId_userId: { roomId, userId } },
      create: { roomId, userId, mutedById: actor.id, until },
      update: { mutedById: actor.id, until },
      select: { roomId: true },
    })
    await recordAudit(
      {
        ...auditContext(actor),
        action: 'room.user_muted',
        entityType: 'room',
        entityId: roomId,
        details: { user_id: userId, until: until?.toISOString() ?? null },
      },
      tx,
    )
  })
}
