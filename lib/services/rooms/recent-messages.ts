import { db } from '@/lib/db'
import { RECENT_MESSAGES, RESUME_MAX, type MessageJson } from '@/lib/schemas/rooms'
import { messageSelect, presentMessage } from './present-message'

/** The latest `limit` messages of a room, oldest first (the order a chat shows them in). */
export async function recentMessages(roomId: string, limit = RECENT_MESSAGES): Promise<MessageJson[]> {
  const rows = await db().message.findMany({ where: { roomId }, orderBy: { seq: 'desc' }, take: limit, select: messageSelect })
  return rows.reverse().map(presentMessage)
}

/**
 * What a reconnecting client missed: the messages after the last seq it saw, oldest first. Read
 * from the database, not from Socket.IO's recovery buffer, so it works whichever process the client
 * lands on. Removed messages come too (as removed), so the client can hide what it already shows.
 */
export async function messagesSince(roomId: string, afterSeq: number, limit = RESUME_MAX): Promise<MessageJson[]> {
  const rows = await db().message.findMany({ where: { roomId, seq: { gt: afterSeq } }, orderBy: { seq: 'asc' }, take: limit, select: messageSelect })
  return rows.map(presentMessage)
}
