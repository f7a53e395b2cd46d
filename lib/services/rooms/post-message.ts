import { AppError, notFound } from '@/lib/errors'
import { messageBodySchema, type MessageJson } from '@/lib/schemas/rooms'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'
import { submitMessage } from './message-batches'

export interface PostMessageInput {
  roomId: string
  body: string
  /** The sender's own id for this message: a retry with the same one returns the stored message. */
  clientId?: string
}

export interface PostMessageOptions {
  /** Called once the message is committed, in seq order with the rest of its batch, before this call resolves. */
  onStored?: (message: MessageJson) => void
}

/**
 * Stores a message and returns it as clients see it; the caller acknowledges only what is committed.
 * Messages for one room are stored in groups (lib/services/rooms/message-batches.ts): the mute check,
 * the client_id lookup and the seq are decided by the batch's one statement.
 */
export async function postMessage(actor: Actor, input: PostMessageInput, options: PostMessageOptions = {}): Promise<MessageJson> {
  const parsed = messageBodySchema.safeParse(input.body)
  if (!parsed.success) throw new AppError('validation', 'Validation failed', { errors: { msg: parsed.error.issues.map((issue) => issue.message) } })
  if (!isUuid(input.roomId)) throw notFound('Room')
  return submitMessage(input.roomId, { userId: actor.id, body: parsed.data, clientId: input.clientId ?? null, onStored: options.onStored })
}
