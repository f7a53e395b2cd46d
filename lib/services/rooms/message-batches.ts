import { AppError } from '@/lib/errors'
import { isDatabaseUnavailable } from '@/lib/db/errors'
import type { MessageJson } from '@/lib/schemas/rooms'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { storeMessages, type MessageToStore, type StoreOutcome } from './store-messages'

/*
 * Group commit for chat messages, per room and per process. A message for an idle room waits up to
 * BATCH_WINDOW_MS for others; messages arriving while the room's statement is in flight wait for it
 * to return. Then up to MAX_BATCH of them are stored by one statement (lib/services/rooms/store-messages.ts),
 * and only then told: every stored message is handed to its `onStored` in seq order, before any
 * sender's promise settles. One statement per room in flight per process; processes share nothing
 * but the database, whose row lock on the room orders their batches.
 */
export const BATCH_WINDOW_MS = 2
export const MAX_BATCH = 100
/** Messages waiting for one room beyond which a send is refused as `unavailable` (the database is not keeping up). */
export const MAX_WAITING = 20 * MAX_BATCH

export interface BatchedMessage extends MessageToStore {
  /** Called once the message is committed, in seq order within its batch, before the sender hears back. */
  onStored?: (message: MessageJson) => void
}

interface Waiting {
  item: BatchedMessage
  resolve: (message: MessageJson) => void
  reject: (error: unknown) => void
}

interface RoomQueue {
  waiting: Waiting[]
  timer: NodeJS.Timeout | null
  inFlight: boolean
}

const queues = processSingleton('rooms.messageBatches', () => new Map<string, RoomQueue>())

/** Stores the batch; a batch that fails for a reason other than the database being away is retried message by message, so one bad message fails alone. */
async function store(roomId: string, batch: Waiting[]): Promise<Array<StoreOutcome | { ok: false; error: unknown }>> {
  try {
    return await storeMessages(
      roomId,
      batch.map(({ item }) => item),
    )
  } catch (error) {
    if (batch.length === 1 || isDatabaseUnavailable(error) || (error as { code?: unknown } | null)?.code === 'P2028')
      return batch.map(() => ({ ok: false, error }))
    const outcomes = []
    for (const waiting of batch) {
      try {
        outcomes.push((await storeMessages(roomId, [waiting.item]))[0]!)
      } catch (alone) {
        outcomes.push({ ok: false as const, error: alone })
      }
    }
    return outcomes
  }
}

async function flush(roomId: string, queue: RoomQueue): Promise<void> {
  if (queue.timer) clearTimeout(queue.timer)
  queue.timer = null
  const batch = queue.waiting.splice(0, MAX_BATCH)
  queue.inFlight = true
  try {
    const outcomes = await store(roomId, batch)
    // Told in seq order: the new messages by their seq, a retried one (stored earlier) where it falls.
    const order = batch.map((_, index) => index)
    const seqOf = (index: number) => {
      const outcome = outcomes[index]!
      return outcome.ok && 'message' in outcome ? outcome.message.seq : Number.MAX_SAFE_INTEGER
    }
    order.sort((a, b) => seqOf(a) - seqOf(b))
    for (const index of order) {
      const outcome = outcomes[index]!
      if (outcome.ok) batch[index]!.item.onStored?.(outcome.message)
    }
    for (const index of order) {
      const outcome = outcomes[index]!
      if (outcome.ok) batch[index]!.resolve(outcome.message)
      else batch[index]!.reject(outcome.error)
    }
  } catch (error) {
    // Only a listener's failure can land here, after the batch is committed: the senders still hear of it.
    for (const waiting of batch) waiting.reject(error)
  } finally {
    queue.inFlight = false
    // Whatever arrived meanwhile has waited a statement already: store it now.
    if (queue.waiting.length) void flush(roomId, queue)
    else queues.get().delete(roomId)
  }
}

/**
 * Queues a validated message for its room's next batch; resolves with the stored message (or the one
 * stored earlier under its client_id) once committed, rejects with why it was not stored.
 */
export function submitMessage(roomId: string, item: BatchedMessage): Promise<MessageJson> {
  const all = queues.get()
  let queue = all.get(roomId)
  if (!queue) {
    queue = { waiting: [], timer: null, inFlight: false }
    all.set(roomId, queue)
  }
  if (queue.waiting.length >= MAX_WAITING) return Promise.reject(new AppError('unavailable', 'Service temporarily unavailable, please retry'))
  const promise = new Promise<MessageJson>((resolve, reject) => queue.waiting.push({ item, resolve, reject }))
  if (queue.inFlight) return promise
  const ready = queue
  if (queue.waiting.length >= MAX_BATCH) void flush(roomId, ready)
  else queue.timer ??= setTimeout(() => void flush(roomId, ready), BATCH_WINDOW_MS)
  return promise
}
