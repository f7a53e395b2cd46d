import type { Socket } from 'socket.io-client'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { clientEvents, serverEvents, type ClientEventAck, type ClientToServerEvents, type ServerToClientEvents } from '@/lib/schemas/socket-events'

// The event map types both ends: these lines are checked by `npm run typecheck` (tsc covers tests/),
// so a wrong event name or payload is a compile error, as the @ts-expect-error lines prove.
type Client = Socket<ServerToClientEvents, ClientToServerEvents>

function typeChecks(socket: Client) {
  socket.emit('join_room', { room: 'r' }, (answer) => {
    if (answer.ok) expectTypeOf(answer.messages[0]!.seq).toBeNumber()
    else expectTypeOf(answer.code).toExtend<string>()
  })
  socket.emit('message', { msg: 'no room: the one joined' }, () => {})
  // @ts-expect-error: no such client event
  socket.emit('join_rooms', { room: 'r' }, () => {})
  // @ts-expect-error: `msg` is required
  socket.emit('message', { room: 'r' }, () => {})
  socket.on('booth_status', (event) => expectTypeOf(event.status).toEqualTypeOf<'pending' | 'accepted' | 'rejected'>())
  // @ts-expect-error: no such server event
  socket.on('booth_statuses', () => {})
  expectTypeOf<ClientEventAck<'authenticate'>>().toExtend<{ ok: true; expires_at: string } | { ok: false; error: string }>()
}

describe('the event map', () => {
  it('names the earlier service’s events and ours', () => {
    expect(typeChecks).toBeTypeOf('function')
    expect(Object.keys(clientEvents)).toEqual(['join_room', 'leave_room', 'message', 'delete_message', 'mute', 'room_members', 'authenticate'])
    expect(Object.keys(serverEvents)).toEqual([
      'message',
      'message_deleted',
      'presence',
      'session_ended',
      'booth_status',
      'lead_shared',
      'dashboard:update',
      'dashboard:presence',
    ])
  })

  it('lets a message leave out its room, but not its text', () => {
    expect(clientEvents.message.payload.safeParse({ msg: 'hi' }).success).toBe(true)
    expect(clientEvents.message.payload.safeParse({ room: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' }).success).toBe(false)
  })
})
