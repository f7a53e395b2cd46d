import type { Server, Socket } from 'socket.io'
import type { AuthUser } from '@/lib/auth/auth-user'
import type { Credentials } from '@/lib/auth/authenticate'
import type { ClientToServerEvents, ServerEventPayload, ServerToClientEvents } from '@/lib/schemas/socket-events'

/*
 * Client → server and server → client events come from the one event map, lib/schemas/socket-events.ts
 * (payloads, acknowledgements, the AsyncAPI document). Incoming arguments stay untrusted: each
 * handler parses its payload with the map's schema (handle-event.ts).
 */
export type ClientEvents = ClientToServerEvents
export type ServerEvents = ServerToClientEvents

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
export type SessionEndReason = ServerEventPayload<'session_ended'>['reason']

export type RealtimeServer = Server<ClientEvents, ServerEvents, InterServerEvents, SocketData>
export type RealtimeSocket = Socket<ClientEvents, ServerEvents, InterServerEvents, SocketData>
