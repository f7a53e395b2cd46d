import { v7 as uuidv7 } from 'uuid'
import { AppError, forbidden, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'
import type { MessageJson } from '@/lib/schemas/rooms'
import { presentMessage } from './present-message'

/** One message of a batch, already validated: its author, its text, the author's own id for it. */
export interface MessageToStore {
  userId: string
  body: string
  clientId: string | null
}

/** What became of one message: stored now (`fresh`), stored by an earlier send with its client_id, or refused. */
export type StoreOutcome = { ok: true; message: MessageJson; fresh: boolean } | { ok: false; error: AppError }

interface OutcomeRow {
  ord: number
  room_found: boolean
  muted: boolean
  stored_before: boolean
  id: string | null
  room_id: string | null
  seq: number | null
  body: string | null
  user_id: string | null
  deleted_at: Date | null
  created_at: Date | null
  author_name: string | null
}

// A retried batch whose client_id a concurrent statement (another process, or the same user's
// message in another room) committed meanwhile: the next statement's snapshot sees it as stored.
const UNIQUE_RETRIES = 3

/*
 * One statement stores the whole batch: the messages whose client_id is already stored answer with
 * the stored one, muted authors are refused, and the rest get seqs last_seq+1 … last_seq+n, reserved
 * by one `UPDATE rooms … RETURNING` under the room's row lock, in the order given. Atomic: a failure
 * (a duplicate client_id committed meanwhile by a statement this one could not see) rolls the bump
 * back too, so seqs stay gap-free, and the batch is retried with a fresh snapshot.
 */
async function runBatch(roomId: string, items: MessageToStore[]): Promise<OutcomeRow[]> {
  const ords = items.map((_, index) => index)
  const ids = items.map(() => uuidv7())
  return db().$queryRaw<OutcomeRow[]>`
    WITH input AS (
      SELECT * FROM unnest(${ords}::int[], ${ids}::uuid[], ${items.map((item) => item.userId)}::uuid[],
                           ${items.map((item) => item.body)}::text[], ${items.map((item) => item.clientId)}::text[])
        AS t(ord, id, user_id, body, client_id)
    ), existing AS (
      SELECT i.ord, m.id, m.room_id, m.seq, m.body, m.user_id, m.deleted_at, m.created_at
      FROM input i JOIN messages m ON m.user_id = i.user_id AND m.client_id = i.client_id
    ), muted AS (
      SELECT i.ord FROM input i JOIN room_mutes rm ON rm.room_id = ${roomId}::uuid AND rm.user_id = i.user_id
      WHERE (rm.until IS NULL OR rm.until > now()) AND i.ord NOT IN (SELECT ord FROM existing)
    ), accepted AS (
      SELECT i.*, row_number() OVER (ORDER BY i.ord)::int AS n FROM input i
      WHERE i.ord NOT IN (SELECT ord FROM existing) AND i.ord NOT IN (SELECT ord FROM muted)
    ), bumped AS (
      UPDATE rooms SET last_seq = last_seq + (SELECT count(*)::int FROM accepted) WHERE id = ${roomId}::uuid RETURNING id, last_seq
    ), inserted AS (
      INSERT INTO messages (id, room_id, seq, user_id, body, client_id, created_at)
      SELECT a.id, b.id, b.last_seq - (SELECT count(*)::int FROM accepted) + a.n, a.user_id, a.body, a.client_id, now()
      FROM accepted a CROSS JOIN bumped b
      RETURNING id, room_id, seq, body, user_id, deleted_at, created_at
    )
    SELECT i.ord, EXISTS (SELECT 1 FROM bumped) AS room_found, m.ord IS NOT NULL AS muted, e.ord IS NOT NULL AS stored_before,
           coalesce(ins.id, e.id) AS id, coalesce(ins.room_id, e.room_id) AS room_id, coalesce(ins.seq, e.seq) AS seq,
           coalesce(ins.body, e.body) AS body, coalesce(ins.user_id, e.user_id) AS user_id,
           coalesce(ins.deleted_at, e.deleted_at) AS deleted_at, coalesce(ins.created_at, e.created_at) AS created_at,
           u.name AS author_name
    FROM input i
    LEFT JOIN existing e ON e.ord = i.ord
    LEFT JOIN muted m ON m.ord = i.ord
    LEFT JOIN inserted ins ON ins.id = i.id
    LEFT JOIN users u ON u.id = coalesce(ins.user_id, e.user_id)
    ORDER BY i.ord`
}

function outcomeOf(row: OutcomeRow): StoreOutcome {
  if (row.id !== null && row.seq !== null && row.created_at !== null) {
    const message = presentMessage({
      id: row.id,
      roomId: row.room_id!,
      seq: Number(row.seq),
      body: row.body ?? '',
      userId: row.user_id,
      deletedAt: row.deleted_at,
      createdAt: new Date(row.created_at),
      user: row.user_id ? { name: row.author_name } : null,
    })
    return { ok: true, message, fresh: !row.stored_before }
  }
  if (row.muted) return { ok: false, error: forbidden('You are muted in this room') }
  return { ok: false, error: notFound('Room') }
}

/**
 * Stores a batch of messages for one room by one statement and says, per message in the order
 * given, what became of it. Two messages of one author with the same client_id in one batch are
 * one message: the second answers with the first's result. Throws only when the statement fails
 * (the database down: nothing of the batch is stored).
 */
export async function storeMessages(roomId: string, items: MessageToStore[]): Promise<StoreOutcome[]> {
  // The first of each (author, client_id) goes to the database; later copies point at it.
  const firstOf = new Map<string, number>()
  const sent: MessageToStore[] = []
  const slot = items.map((item) => {
    const key = item.clientId === null ? null : `${item.userId}\u0000${item.clientId}`
    const seen = key === null ? undefined : firstOf.get(key)
    if (seen !== undefined) return seen
    sent.push(item)
    if (key !== null) firstOf.set(key, sent.length - 1)
    return sent.length - 1
  })
  for (let attempt = 1; ; attempt++) {
    try {
      const rows = await runBatch(roomId, sent)
      const outcomes = rows.map(outcomeOf)
      if (outcomes.length !== sent.length) throw new Error(`message batch: ${sent.length} sent, ${outcomes.length} answered`)
      // A copy of a message in the same batch was not stored by itself.
      return slot.map((index, position) => {
        const outcome = outcomes[index]!
        return outcome.ok && sent[index] !== items[position] ? { ...outcome, fresh: false } : outcome
      })
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= UNIQUE_RETRIES) throw error
    }
  }
}
