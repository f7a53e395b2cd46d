import { AppError } from '@/lib/errors'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import { RESUME_MAX } from '@/lib/schemas/rooms'
import type { Actor } from '@/lib/services/actor'
import { deleteMessage } from '@/lib/services/rooms/delete-message'
import { findRoom } from '@/lib/services/rooms/find-room'
import { muteUser } from '@/lib/services/rooms/mute-user'
import { postMessage } from '@/lib/services/rooms/post-message'
import { messagesSince, recentMessages } from '@/lib/services/rooms/recent-messages'
import { storeVisit } from '@/lib/services/visits/record-visit'
import { STAFF_ROOM } from './dashboard-feed'
import { handleEvent } from './handle-event'
import { schedulePresence } from './presence'
import { MODERATION_RECHECK_MS, recheckUser } from './recheck-user'
import { isUserRoom } from './revocation'
import { roomMembers } from './room-members'
import type { RealtimeServer, RealtimeSocket } from './socket-types'

const actorOf = (socket: RealtimeSocket): Actor => ({ id: socket.data.user.id, role: socket.data.user.role, ip: socket.handshake.address, requestId: null })

/** The chat rooms a socket has joined: not its own id's room, its user's room or the staff room. */
const chatRooms = (socket: RealtimeSocket) => [...socket.rooms].filter((room) => room !== socket.id && room !== STAFF_ROOM && !isUserRoom(room))

/**
 * Where a `message` without `room` goes (the earlier chat page sends `message {msg}`): the one chat
 * room the socket has joined. With none or several there is no telling, so the payload is refused
 * as invalid, naming `room`.
 */
function onlyChatRoom(socket: RealtimeSocket): string {
  const joined = chatRooms(socket)
  if (joined.length === 1) return joined[0]!
  const why = joined.length === 0 ? 'Join a room first, or name it in `room`' : 'This connection has joined several rooms: name one in `room`'
  throw new AppError('validation', 'Validation failed', { errors: { room: [why] } })
}

/**
 * The live-room events of one connection. Only the server puts a socket in a room (after checking
 * the room exists), and sending requires having joined: membership is checked on every send.
 */
export function registerRoomEvents(io: RealtimeServer, socket: RealtimeSocket, options: { recheckMs: number }): void {
  const stillAllowed = () => recheckUser(socket, options.recheckMs)
  // Moderation acts on the role: never a cached one (a revocation pushes a re-check too, but a push
  // can be lost while Redis is away). One primary-key lookup per delete or mute.
  const stillModerator = () => recheckUser(socket, MODERATION_RECHECK_MS)

  handleEvent(
    socket,
    'join_room',
    async ({ room, last_seq }) => {
      const found = await findRoom(room, actorOf(socket))
      await socket.join(found.id)
      // Entering a booth's room is a visit to the booth (counted once a day, accepted booths only).
      if (found.boothId) await storeVisit(found.boothId, socket.data.user.id)
      // With last_seq the client already has everything up to it: send only what it missed.
      const messages = last_seq === undefined ? await recentMessages(found.id) : await messagesSince(found.id, last_seq, RESUME_MAX)
      schedulePresence(io, found.id)
      return { room: found.id, messages }
    },
    stillAllowed,
  )

  handleEvent(
    socket,
    'leave_room',
    async ({ room }) => {
      if (socket.rooms.has(room)) {
        await socket.leave(room)
        schedulePresence(io, room)
      }
      return { room }
    },
    stillAllowed,
  )

  handleEvent(
    socket,
    'message',
    async ({ room: named, msg, client_id }) => {
      const room = named ?? onlyChatRoom(socket)
      if (!socket.rooms.has(room)) throw new AppError('forbidden', 'Join the room before sending to it')
      await consumeRateLimit('room-message-user', socket.data.user.id, { message: 'Too many messages, slow down' })
      // Stored first, then told: the batch this message is committed with is broadcast in seq order
      // before any of its senders is acknowledged. The sender gets the broadcast too, as from the
      // earlier service (clients that ignore acks show their own message from it); others dedupe by
      // id. A retry answered with a message stored earlier is broadcast again only to its own room.
      const message = await postMessage(
        actorOf(socket),
        { roomId: room, body: msg, clientId: client_id },
        { onStored: (stored) => void (stored.room === room && io.to(room).emit('message', stored)) },
      )
      return { message }
    },
    stillAllowed,
  )

  handleEvent(
    socket,
    'delete_message',
    async ({ id }) => {
      const deleted = await deleteMessage(actorOf(socket), id)
      io.to(deleted.roomId).emit('message_deleted', { id: deleted.id, room: deleted.roomId })
      return { id: deleted.id, room: deleted.roomId }
    },
    stillModerator,
  )

  handleEvent(
    socket,
    'mute',
    async ({ room, user_id, minutes }) => {
      const until = minutes ? new Date(Date.now() + minutes * 60_000) : null
      await muteUser(actorOf(socket), room, user_id, until)
      return { room, user_id, until: until?.toISOString() ?? null }
    },
    stillModerator,
  )

  // Who is here, for a member of the room (the dashboard's room view lists them).
  handleEvent(
    socket,
    'room_members',
    async ({ room }) => {
      if (!socket.rooms.has(room)) throw new AppError('forbidden', 'Join the room before listing its members')
      return { room, members: await roomMembers(io, room) }
    },
    stillAllowed,
  )

  // Presence is recounted once the socket has actually left its rooms.
  let joined: string[] = []
  socket.on('disconnecting', () => {
    joined = chatRooms(socket)
  })
  socket.on('disconnect', () => {
    for (const room of joined) schedulePresence(io, room)
  })
}
