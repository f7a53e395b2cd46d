import type { Server, Socket } from 'socket.io'
import type { AuthUser } from '@/lib/auth/auth-user'
import type { Credentials } from '@/lib/auth/authenticate'
import type { DomainEvent } from '@/lib/events/domain-events'

/** Client → server events. Arguments are untrusted: each handler parses its payload with zod. */
export const CLIENT_EVENTS = ['join_room', 'leave_room', 'message', 'delete_message', 'mute', 'room_members', 'authenticate'] as const
export type ClientEventName = (typeof CLIENT_EVENTS)[number]
export type ClientEvents = Record<ClientEventName, (...args: unknown[]) => void>

/** Server → client events. */
export interface ServerEvents {
  message: (message: unknown) => void
  message_deleted: (event: { id: string; room: string }) => void
  presence: (event: { room: string; online: number }) => void
  /** Sent just before the server ends the connection because its credentials expired or were revoked. */
  session_ended: (event: { reason: SessionEndReason }) => void
  /** Staff and admins only (the `staff` room): something the dashboard shows changed. */
  'dashboard:update': (event: DomainEvent) => void
  /** Staff and admins only: distinct users connected now, after connections come and go. */
  'dashboard:presence': (event: { online: number }) => void
}

/** Between server processes (through the adapter): re-check a user's sockets now (revocation.ts). */
export interface InterServerEvents {
  recheck_user: (userId: string) => void
}

export interface SocketData {
  user: AuthUser
  /** The handshake's credentials, kept to re-check the user while the connection lasts. */
  credentials: Credentials
  /** When the check that last confirmed the user started (ms since epoch); 0: not to be trusted. */
  checkedAt: number
  /** Bumped when a revocation invalidates the last check (recheck-user.ts). */
  checkRevision: number
  /** When the credentials expire (ms since epoch): the connection is ended then unless renewed. */
  expiresAt: number
}

/** `expired`: the token's (or cookie's) `exp` passed; `revoked`: a re-check refused the user. */
export type SessionEndReason = 'expired' | 'revoked'

export type RealtimeServer = Server<ClientEvents, ServerEvents, InterServerEvents, SocketData>
export type RealtimeSocket = Socket<ClientEvents, ServerEvents, InterServerEvents, SocketData>
