import type { RealtimeServer } from './socket-types'

/*
 * Who is online, read from Socket.IO's own rooms rather than kept in a map of ours: fetchSockets
 * asks every process once an adapter spreads rooms across them, so counts stay right then too.
 * The server is kept on globalThis because server.ts and Next's bundle each load this module.
 */
const SERVER = Symbol.for('vicross.socket-server')
type Holder = typeof globalThis & { [SERVER]?: RealtimeServer }

export function setPresenceServer(io: RealtimeServer | undefined): void {
  ;(globalThis as Holder)[SERVER] = io
}

async function countOnline(io: RealtimeServer, roomId: string): Promise<number> {
  const sockets = await io.in(roomId).fetchSockets()
  return new Set(sockets.map((socket) => socket.data.user.id)).size
}

/** Distinct users connected to a room now (a user with two tabs counts once); 0 without a socket server. */
export async function onlineCount(roomId: string): Promise<number> {
  const io = (globalThis as Holder)[SERVER]
  return io ? countOnline(io, roomId) : 0
}

/** Tells a room's members its new online count. */
export async function broadcastPresence(io: RealtimeServer, roomId: string): Promise<void> {
  io.to(roomId).emit('presence', { room: roomId, online: await countOnline(io, roomId) })
}

/** Distinct users connected now across every process (the overview's "online now"); 0 without a socket server. */
export async function onlineTotal(): Promise<number> {
  const io = (globalThis as Holder)[SERVER]
  if (!io) return 0
  return new Set((await io.fetchSockets()).map((socket) => socket.data.user.id)).size
}
