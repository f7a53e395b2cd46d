import { v7 as uuidv7 } from 'uuid'
import { AppError, forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'
import { messageBodySchema, type MessageJson } from '@/lib/schemas/rooms'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'
import { isMuted } from './is-muted'
import { messageSelect, presentMessage, type MessageRow } from './present-message'

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

interface InsertedRow {
  id: string
  room_id: string
  seq: number
  body: string
  user_id: string | null
  deleted_at: Date | null
  created_at: Date
  author_name: string | null
}

/*
 * One statement bumps the room's sequence and inserts the message: atomic (a failed insert rolls
 * the bump back, so seqs have no gaps a resuming client would mistake for loss), and the room's row
 * lock lasts one statement rather than an interactive transaction's round trips, which under a
 * busy room held pool connections until new transactions timed out.
 */
async function insertMessage(roomId: string, userId: string, body: string, clientId: string | null): Promise<MessageRow | null> {
  const rows = await db().$queryRaw<InsertedRow[]>`
    WITH bumped AS (
      UPDATE rooms SET last_seq = last_seq + 1 WHERE id = ${roomId}::uuid RETURNING id, last_seq
    ), inserted AS (
      INSERT INTO messages (id, room_id, seq, user_id, body, client_id, created_at)
      SELECT ${uuidv7()}::uuid, bumped.id, bumped.last_seq, ${userId}::uuid, ${body}, ${clientId}, now() FROM bumped
      RETURNING id, room_id, seq, body, user_id, deleted_at, created_at
    )
    SELECT inserted.*, users.name AS author_name FROM inserted LEFT JOIN users ON users.id = inserted.user_id`
  const row = rows[0]
  if (!row) return null
  return {
    id: row.id,
    roomId: row.room_id,
    seq: Number(row.seq),
    body: row.body,
    userId: row.user_id,
    deletedAt: row.deleted_at,
    createdAt: new Date(row.created_at),
    user: row.user_id ? { name: row.author_name } : null,
  }
}

/** Stores a message and returns it as clients see it; the caller acknowledges only what is committed. */
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
    const row = await insertMessage(input.roomId, actor.id, parsed.data, input.clientId ?? null)
    if (!row) throw notFound('Room')
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
