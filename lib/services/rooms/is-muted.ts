import { db } from '@/lib/db'

/** Whether a mute without end, or one not yet over, holds this user in this room. */
export async function isMuted(roomId: string, userId: string, now = new Date()): Promise<boolean> {
  const mute = await db().roomMute.findUnique({ where: { roomId_userId: { roomId, userId } }, select: { until: true } })
  return !!mute && (mute.until === null || mute.until > now)
}
