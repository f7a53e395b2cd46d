import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { RECENT_MESSAGES, type MessageJson } from '@/lib/schemas/rooms'
import { isUuid } from '@/lib/services/is-uuid'
import { messageSelect, presentMessage } from './present-message'

/**
 * A page of a room's history, newest first. `before` is a message id of this room: the page holds
 * the messages older than it (by seq, which orders a room's messages exactly).
 */
export async function messageHistory(roomId: string, options: { before?: string; limit?: number } = {}): Promise<MessageJson[]> {
  let beforeSeq: number | undefined
  if (options.before) {
    const cursor = isUuid(options.before) ? await db().message.findUnique({ where: { id: options.before }, select: { roomId: true, seq: true } }) : null
    if (!cursor || cursor.roomId !== roomId) throw notFound('Message')
    beforeSeq = cursor.seq
  }
  const rows = await db().message.findMany({
    where: { roomId, ...(beforeSeq !== undefined ? { seq: { lt: beforeSeq } } : {}) },
    orderBy: { seq: 'desc' },
    take: options.limit ?? RECENT_MESSAGES,
    select: messageSelect,
  })
  return rows.map(presentMessage)
}
