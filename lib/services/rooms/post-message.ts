import { AppError, forbidden, notFound } from '@/lib/api/errors'
import { db } from '@/lib/db'
import { isRecordNotFound, isUniqueViolation } from '@/lib/db/errors'
import { messageBodySchema, type MessageJson } from '@/lib/schemas/rooms'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'
import { isMuted } from './is-muted'
import { messageSelect, presentMessage } from './present-message'

export interface PostMessageInput {
  roomId: string
  body: string
  /** The sender's own id for this message: a retry with the same one returns the stored message. */
  clientId?: string
}

async function storedByClientId(userId: string, clientId: string): Promise<MessageJson | null> {
  const row = await db().message.findUnique({ where: { userId_clientId: { userId, clientId } }, select: messageSelect })
  return row ? presentMessage(row) : null
}

/**
 * Stores a message and returns it as clients see it. The room's sequence is bumped and the message
 * inserted in one transaction, so seqs have no gaps that a resuming client would mistake for loss,
 * and the caller acknowledges only what is already committed.
 */
export async function postMessage(actor: Actor, input: PostMessageInput): Promise<MessageJson> {
  const parsed = messageBodySchema.safeParse(input.body)
  if (!parsed.success) throw new AppError('validation', 'Validation failed', { errors: { msg: parsed.error.issues.map((issue) => issue.message) } })
  if (!isUuid(input.roomId)) throw notFound('Room')
  if (input.clientId) {
    const stored = await storedByClientId(actor.id, input.clientId)
    if (stored) return stored
  }
  if (await isMuted(input.roomId, actor.id)) throw forbidden('You are muted in this room')
  try {
    const row = await db().$transaction(async (tx) => {
      const room = await tx.room.update({ where: { id: input.roomId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } }).catch((error: unknown) => {
        if (isRecordNotFound(error)) throw notFound('Room')
        throw error
      })
      return tx.message.create({
        data: { roomId: input.roomId, seq: room.lastSeq, userId: actor.id, body: parsed.data, clientId: input.clientId ?? null },
        select: messageSelect,
      })
    })
    return presentMessage(row)
  } catch (error) {
    // Two concurrent retries of one message: the loser's insert (and seq) rolled back; answer with the winner's.
    if (input.clientId && isUniqueViolation(error)) {
      const stored = await storedByClientId(actor.id, input.clientId)
      if (stored) return stored
    }
    throw error
  }
}
