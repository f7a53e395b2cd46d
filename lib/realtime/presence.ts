import { logger } from '@/lib/log/logger'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { notePeakInRoom } from '@/lib/services/visits/room-peak'
import type { RealtimeServer } from './socket-types'

/*
 * Who is online, read from Socket.IO's own rooms rather than kept in a map of ours: fetchSockets
 * asks every process once an adapter spreads rooms across them, so counts stay right then too
 * (while Redis is down the adapter answers with this process's sockets only: see redis-adapter.ts).
 * The server is a process singleton because server.ts and Next's bundle each load this module.
 */
const server = processSingleton<RealtimeServer | undefined>('socket-server', () => undefined)

export function setPresenceServer(io: RealtimeServer | undefined): void {
  server.set(io)
}

async function countOnline(io: RealtimeServer, roomId: string): Promise<number> {
  const sockets = await io.in(roomId).fetchSockets()
  return new Set(sockets.map((socket) => socket.data.user.id)).size
}

/** Distinct users connected to a room now (a user with two tabs counts once); 0 without a socket server. */
export async function onlineCount(roomId: string): Promise<number> {
  const io = server.get()
  return io ? countOnline(io, roomId) : 0
}

/** Tells a room's members its new online count, and keeps a booth room's peak of the hour. */
export async function broadcastPresence(io: RealtimeServer, roomId: string): Promise<void> {
  const online = await countOnline(io, roomId)
  io.to(roomId).emit('presence', { room: roomId, online })
  await notePeakInRoom(roomId, online)
}

/** Joins and leaves within this window cost one recount and one `presence` event per room. */
export const PRESENCE_COALESCE_MS = 100
const pendingRecounts = processSingleton('presence-recounts', () => new WeakMap<RealtimeServer, Set<string>>())

/**
 * `broadcastPresence` soon, once per burst: a thousand clients joining a room would otherwise cost
 * a thousand recounts (each asking every process) and half a million `presence` packets. Never
 * awaited by a join or leave, so their acknowledgements do not wait on other processes.
 */
export function schedulePresence(io: RealtimeServer, roomId: string): void {
  const recounts = pendingRecounts.get()
  let pending = recounts.get(io)
  if (!pending) recounts.set(io, (pending = new Set()))
  if (pending.has(roomId)) return
  pending.add(roomId)
  setTimeout(() => {
    pending.delete(roomId)
    broadcastPresence(io, roomId).catch((error: unknown) => logger().warn({ err: error, room: roomId }, 'presence update failed'))
  }, PRESENCE_COALESCE_MS).unref()
}

/** Distinct users connected now across every process (the overview's "online now"); 0 without a socket server. */
export async function onlineTotal(): Promise<number> {
  const io = server.get()
  if (!io) return 0
  return new Set((await io.fetchSockets()).map((socket) => socket.data.user.id)).size
}
