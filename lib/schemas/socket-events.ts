import { z } from '@hono/zod-openapi'
import { errorCodes } from '@/lib/errors'
import { boothStatusSchema } from './booths'
import {
  deleteMessageEventSchema,
  joinRoomEventSchema,
  leaveRoomEventSchema,
  messageEventSchema,
  messageSchema,
  muteEventSchema,
  roomMemberSchema,
  roomMembersEventSchema,
} from './rooms'
import { authenticateEventSchema } from './socket-auth'

/*
 * Every Socket.IO event of the live rooms, in one map: for each client → server event its payload
 * and its acknowledgement, for each server → client event its payload. The server's handlers parse
 * with these schemas, the dashboard's client and the server derive their event types from them
 * (a wrong name or payload does not compile), and the AsyncAPI document (/api/asyncapi.json) is
 * generated from them. Framework-free: the browser bundle imports it.
 */

/** Every failed acknowledgement: why, a code of lib/errors' vocabulary, and field errors for a bad payload. */
export const ackErrorSchema = z
  .object({
    ok: z.literal(false),
    error: z.string().openapi({ description: 'A human-readable reason, safe to show' }),
    code: z.enum(errorCodes),
    errors: z.record(z.string(), z.array(z.string())).optional().openapi({ description: 'Field → messages, for a payload that failed validation' }),
  })
  .openapi('AckError')
export type AckError = z.infer<typeof ackErrorSchema>

const answer = <Shape extends z.ZodRawShape>(shape: Shape) => z.object({ ok: z.literal(true), ...shape })
const roomName = z.string().openapi({ description: 'The room id' })

/** A client → server event: what it carries, and what its acknowledgement answers when it succeeds. */
export interface ClientEventSpec {
  summary: string
  description?: string
  payload: z.ZodType
  ack: z.ZodObject
}

export const clientEvents = {
  join_room: {
    summary: 'Join a room',
    description:
      'Joins a chat room (a booth’s, or a general room) and answers its recent messages, oldest first. With `last_seq` (after a reconnect) only the messages after it, at most 500.',
    payload: joinRoomEventSchema,
    ack: answer({ room: roomName, messages: z.array(messageSchema) }),
  },
  leave_room: { summary: 'Leave a room', payload: leaveRoomEventSchema, ack: answer({ room: roomName }) },
  message: {
    summary: 'Send a message to a room',
    description:
      'Stores the message, acknowledges it, then broadcasts it to the room as `message` (the sender included). Sending requires having joined the room. Without `room` (the earlier chat page sends `message {msg}`) the message goes to the one chat room the socket has joined; with none or several joined, the acknowledgement is a `validation` error naming `room`. A repeated `client_id` stores the message once.',
    payload: messageEventSchema,
    ack: answer({ message: messageSchema }),
  },
  delete_message: {
    summary: 'Remove a message (staff)',
    description: 'Staff and admins only. The room hears `message_deleted`.',
    payload: deleteMessageEventSchema,
    ack: answer({ id: z.string(), room: roomName }),
  },
  mute: {
    summary: 'Mute a member of a room (staff)',
    description: 'Staff and admins only: the user cannot send to the room for `minutes`, or with no end when omitted; muting again replaces the end.',
    payload: muteEventSchema,
    ack: answer({ room: roomName, user_id: z.string(), until: z.iso.datetime().nullable() }),
  },
  room_members: {
    summary: 'List who is in a room',
    description: 'For a member of the room: the distinct users connected to it now (at most 100), by name.',
    payload: roomMembersEventSchema,
    ack: answer({ room: roomName, members: z.array(roomMemberSchema) }),
  },
  authenticate: {
    summary: 'Renew the connection’s credentials',
    description:
      'A connection ends (`session_ended {reason: "expired"}`) when its access token expires; a fresher access token of the same user sent here keeps it open. Another user’s token is refused.',
    payload: authenticateEventSchema,
    ack: answer({ expires_at: z.iso.datetime() }),
  },
} as const satisfies Record<string, ClientEventSpec>

/** A server → client event: what it carries, and who hears it. */
export interface ServerEventSpec {
  summary: string
  description?: string
  payload: z.ZodType
}

export const sessionEndReasonSchema = z.enum(['expired', 'revoked'])

/** `booth_status`: what the owner of a booth's company hears when its review status changes. */
export const boothStatusEventSchema = z
  .object({
    booth_id: z.string(),
    name: z.string().openapi({ description: 'The booth’s title' }),
    status: boothStatusSchema,
    reason: z.string().nullable().openapi({ description: 'Why it was rejected; null otherwise' }),
    changed_at: z.iso.datetime(),
  })
  .openapi('BoothStatusEvent')

/** `lead_shared`: what a company's team hears when a visitor shares their contact with one of its booths. */
export const leadSharedEventSchema = z
  .object({
    lead_id: z.string(),
    booth_id: z.string(),
    booth_title: z.string(),
    company_id: z.string(),
    shared_at: z.iso.datetime().openapi({ description: 'When it was shared (or its note last changed)' }),
  })
  .openapi('LeadSharedEvent')

/** What changed, for the dashboard to refresh: never the record itself (lib/events/domain-events.ts). */
export const domainEventSchema = z
  .object({
    entity: z.enum(['booth', 'company', 'user', 'room']),
    action: z.enum(['created', 'updated', 'resubmitted', 'accepted', 'rejected', 'reopened', 'deleted', 'restored']),
    id: z.string(),
    status: z.string().optional().openapi({ description: 'A booth’s review status after the change' }),
  })
  .openapi('DomainEvent')

export const serverEvents = {
  message: { summary: 'A new message in a room you joined', payload: messageSchema },
  message_deleted: { summary: 'A moderator removed a message', payload: z.object({ id: z.string(), room: roomName }) },
  presence: {
    summary: 'A room’s online count changed',
    description: 'To the room’s members, at most once per 100 ms per room.',
    payload: z.object({ room: roomName, online: z.number().int().openapi({ description: 'Distinct users connected now' }) }),
  },
  session_ended: {
    summary: 'The server is ending the connection',
    description: 'Sent just before the disconnect: the credentials expired (renew with `authenticate` before then) or the session was revoked.',
    payload: z.object({ reason: sessionEndReasonSchema }),
  },
  booth_status: {
    summary: 'One of your booths changed status',
    description:
      'To every connection of the owner of the booth’s company, on every status change once it is committed: accepted, rejected (with the reason), and back to pending when an accepted booth’s schedule or a rejected booth is edited.',
    payload: boothStatusEventSchema,
  },
  lead_shared: {
    summary: 'A visitor shared their contact with your company',
    description:
      "To every connection of the company's team (its owner), once the share is committed, and again when the visitor changes their note. Read the contact from `GET /api/company/leads`.",
    payload: leadSharedEventSchema,
  },
  'dashboard:update': {
    summary: 'Something the dashboard shows changed (staff)',
    description: 'Staff and admin connections only.',
    payload: domainEventSchema,
  },
  'dashboard:presence': {
    summary: 'The number of users online changed (staff)',
    description: 'Staff and admin connections only, at most once a second.',
    payload: z.object({ online: z.number().int() }),
  },
} as const satisfies Record<string, ServerEventSpec>

type ClientEventMap = typeof clientEvents
type ServerEventMap = typeof serverEvents
export type ClientEventName = keyof ClientEventMap
export type ServerEventName = keyof ServerEventMap
/** What a client sends with `E`. */
export type ClientEventPayload<E extends ClientEventName> = z.input<ClientEventMap[E]['payload']>
/** `E`'s payload once the server has parsed it. */
export type ParsedClientEventPayload<E extends ClientEventName> = z.output<ClientEventMap[E]['payload']>
/** `E`'s successful acknowledgement. */
export type ClientEventReply<E extends ClientEventName> = z.output<ClientEventMap[E]['ack']>
/** Whatever `E`'s acknowledgement answers. */
export type ClientEventAck<E extends ClientEventName> = ClientEventReply<E> | AckError
export type ServerEventPayload<E extends ServerEventName> = z.output<ServerEventMap[E]['payload']>

/** Socket.IO's typed-events maps (`Socket<ServerToClientEvents, ClientToServerEvents>` in a client). */
export type ClientToServerEvents = { [E in ClientEventName]: (payload: ClientEventPayload<E>, ack: (answer: ClientEventAck<E>) => void) => void }
export type ServerToClientEvents = { [E in ServerEventName]: (payload: ServerEventPayload<E>) => void }
