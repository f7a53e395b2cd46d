import type { ClientEventName, ClientEventPayload, ClientEventReply, ServerEventName, ServerEventPayload } from './socket-events'

/*
 * Examples of every event for the AsyncAPI document, typed by the event map: an example that no
 * longer matches its event does not compile (and tests/unit/asyncapi.test.ts parses each one with
 * the event's schema too).
 */

const ROOM = '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c'
const USER = '0193a4f2-8a2b-7c4d-9e5f-6a7b8c9d0e1f'
const BOOTH = '0193a4f2-9b3c-7d5e-8f60-7b8c9d0e1f2a'
const AT = '2026-11-24T09:31:05.120Z'

const message = {
  id: '0193a4f3-0c1d-7e2f-8a3b-4c5d6e7f8091',
  room: ROOM,
  seq: 42,
  msg: 'Is the demo at 10:00 still on?',
  name: 'Ada Lovelace',
  user_id: USER,
  timestamp: AT,
}

export interface ClientEventExample<E extends ClientEventName> {
  name: string
  summary: string
  payload: ClientEventPayload<E>
  ack: ClientEventReply<E>
}

export const clientEventExamples: { [E in ClientEventName]: ClientEventExample<E>[] } = {
  join_room: [
    { name: 'join', summary: 'Join, with the recent history', payload: { room: ROOM }, ack: { ok: true, room: ROOM, messages: [message] } },
    {
      name: 'resume',
      summary: 'Rejoin after a reconnect: only what was missed',
      payload: { room: ROOM, last_seq: 41 },
      ack: { ok: true, room: ROOM, messages: [message] },
    },
  ],
  leave_room: [{ name: 'leave', summary: 'Leave a room', payload: { room: ROOM }, ack: { ok: true, room: ROOM } }],
  message: [
    { name: 'send', summary: 'Send to a room', payload: { room: ROOM, msg: message.msg, client_id: 'c-7f3a' }, ack: { ok: true, message } },
    { name: 'earlierClient', summary: 'The earlier chat page: no room, the one joined', payload: { msg: message.msg }, ack: { ok: true, message } },
  ],
  delete_message: [{ name: 'remove', summary: 'Remove a message', payload: { id: message.id }, ack: { ok: true, id: message.id, room: ROOM } }],
  mute: [
    {
      name: 'mute',
      summary: 'Mute for an hour',
      payload: { room: ROOM, user_id: USER, minutes: 60 },
      ack: { ok: true, room: ROOM, user_id: USER, until: '2026-11-24T10:31:05.120Z' },
    },
  ],
  room_members: [
    { name: 'members', summary: 'Who is here', payload: { room: ROOM }, ack: { ok: true, room: ROOM, members: [{ user_id: USER, name: 'Ada Lovelace' }] } },
  ],
  authenticate: [
    {
      name: 'renew',
      summary: 'A fresher access token',
      payload: { token: 'eyJhbGciOiJIUzI1NiJ9.…' },
      ack: { ok: true, expires_at: '2026-11-24T09:46:05.000Z' },
    },
  ],
}

/** What a failed acknowledgement looks like (every client event's). */
export const ackErrorExamples = [
  {
    name: 'validation',
    summary: 'A payload that failed validation',
    payload: { ok: false as const, error: 'Validation failed', code: 'validation' as const, errors: { room: ['Join a room first, or name it in `room`'] } },
  },
  {
    name: 'notJoined',
    summary: 'Sending to a room not joined',
    payload: { ok: false as const, error: 'Join the room before sending to it', code: 'forbidden' as const },
  },
]

export const serverEventExamples: { [E in ServerEventName]: { name: string; summary: string; payload: ServerEventPayload<E> }[] } = {
  message: [{ name: 'message', summary: 'A new message', payload: message }],
  message_deleted: [{ name: 'removed', summary: 'A message removed', payload: { id: message.id, room: ROOM } }],
  presence: [{ name: 'presence', summary: 'Three people here now', payload: { room: ROOM, online: 3 } }],
  session_ended: [{ name: 'expired', summary: 'The access token expired', payload: { reason: 'expired' } }],
  booth_status: [
    { name: 'accepted', summary: 'Accepted', payload: { booth_id: BOOTH, name: 'Solar roofing demo', status: 'accepted', reason: null, changed_at: AT } },
    {
      name: 'rejected',
      summary: 'Rejected, with the reason',
      payload: { booth_id: BOOTH, name: 'Solar roofing demo', status: 'rejected', reason: 'Hall B is closed that day', changed_at: AT },
    },
  ],
  lead_shared: [
    {
      name: 'shared',
      summary: 'A visitor shared their contact',
      payload: {
        lead_id: '0193a4f2-9d40-7c11-8e2a-5b6c7d8e9f01',
        booth_id: BOOTH,
        booth_title: 'Solar roofing demo',
        company_id: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6d',
        shared_at: AT,
      },
    },
  ],
  'dashboard:update': [
    { name: 'boothCreated', summary: 'A booth awaits review', payload: { entity: 'booth', action: 'created', id: BOOTH, status: 'pending' } },
  ],
  'dashboard:presence': [{ name: 'online', summary: '17 users online', payload: { online: 17 } }],
}
