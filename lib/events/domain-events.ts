import { EventEmitter } from 'node:events'
import { logger } from '@/lib/log/logger'
import { processSingleton } from '@/lib/runtime/process-singleton'

/** What changed, as the dashboard needs to know it: enough to refresh a view, never the record itself. */
export interface DomainEvent {
  entity: 'booth' | 'company' | 'user' | 'room'
  action: 'created' | 'updated' | 'resubmitted' | 'accepted' | 'rejected' | 'reopened' | 'deleted' | 'restored'
  id: string
  /** A booth's review status after the change, when it has one. */
  status?: string
}

type Listener = (event: DomainEvent) => void

/**
 * A booth's review status changed (committed already): accepted, rejected with a reason, or back
 * to pending after an edit or when staff re-open it. Its company's owner hears it live (`booth_status`, lib/realtime/booth-status-feed.ts).
 */
export interface BoothStatusChangedEvent {
  boothId: string
  /** The owner of the booth's company: whose connections are told. */
  ownerId: string
  title: string
  status: 'pending' | 'accepted' | 'rejected'
  reason: string | null
  changedAt: Date
}

/** A visitor shared their contact with a booth's company (committed already): its team hears it live (`lead_shared`). */
export interface LeadSharedEvent {
  leadId: string
  boothId: string
  boothTitle: string
  companyId: string
  /** Whose connections are told: the company's team. */
  teamIds: string[]
  sharedAt: Date
}

/** Why a user's sessions (all of them, or one sign-in's) were revoked: for the log. */
export type SessionRevocationReason =
  'deactivated' | 'role_changed' | 'password_changed' | 'password_reset' | 'signed_out' | 'deleted' | 'refresh_reused' | 'account_taken_over' | 'session_ended'

/**
 * A user's sessions were revoked (committed already): every open connection of the user must be
 * re-checked now, not at its next periodic check. `familyId` names the one sign-in (refresh-token
 * family) that ended, when only one did. Not a dashboard event: the feed never forwards it.
 */
export interface SessionsRevokedEvent {
  userId: string
  familyId?: string
  /** The one dashboard session that ended, when only one did. */
  sessionId?: string
  reason: SessionRevocationReason
}

/*
 * One emitter per process, a process singleton: server.ts's modules (the API) and Next's bundle
 * (server actions) each load this file, and both must reach the socket server's listener.
 * Process-local on purpose; the socket server spreads what it hears to other processes.
 */
const emitter = processSingleton('domain-events', () => new EventEmitter().setMaxListeners(50))

function bus(): EventEmitter {
  return emitter.get()
}

/**
 * Tells listeners that something changed; call it after the change has committed. A failing listener
 * is logged and never fails the caller's request.
 */
export function publishDomainEvent(event: DomainEvent): void {
  try {
    bus().emit('event', event)
  } catch (error) {
    logger().warn({ err: error, event }, 'a domain event listener failed')
  }
}

/** Subscribes to every domain event of this process; returns the unsubscribe function. */
export function onDomainEvent(listener: Listener): () => void {
  bus().on('event', listener)
  return () => void bus().off('event', listener)
}

/**
 * Tells listeners (the socket server) that a user's sessions were revoked; call it after the
 * revocation has committed. Like publishDomainEvent it never fails the caller.
 */
export function publishSessionsRevoked(event: SessionsRevokedEvent): void {
  try {
    bus().emit('sessions-revoked', event)
  } catch (error) {
    logger().warn({ err: error, event }, 'a session revocation listener failed')
  }
}

/** Subscribes to this process's session revocations; returns the unsubscribe function. */
export function onSessionsRevoked(listener: (event: SessionsRevokedEvent) => void): () => void {
  bus().on('sessions-revoked', listener)
  return () => void bus().off('sessions-revoked', listener)
}

/** Tells listeners (the socket server) that a booth's status changed; call it after the change has committed. Never fails the caller. */
export function publishBoothStatusChanged(event: BoothStatusChangedEvent): void {
  try {
    bus().emit('booth-status-changed', event)
  } catch (error) {
    logger().warn({ err: error, boothId: event.boothId }, 'a booth status listener failed')
  }
}

/** Subscribes to this process's booth status changes; returns the unsubscribe function. */
export function onBoothStatusChanged(listener: (event: BoothStatusChangedEvent) => void): () => void {
  bus().on('booth-status-changed', listener)
  return () => void bus().off('booth-status-changed', listener)
}

/** Tells listeners (the socket server) that a contact was shared; call it after it has committed. Never fails the caller. */
export function publishLeadShared(event: LeadSharedEvent): void {
  try {
    bus().emit('lead-shared', event)
  } catch (error) {
    logger().warn({ err: error, leadId: event.leadId }, 'a lead listener failed')
  }
}

/** Subscribes to this process's shared contacts; returns the unsubscribe function. */
export function onLeadShared(listener: (event: LeadSharedEvent) => void): () => void {
  bus().on('lead-shared', listener)
  return () => void bus().off('lead-shared', listener)
}
