// The fan-out baseline: a plain Socket.IO server with the live rooms' `join_room` and `message`
// events and acknowledgements, and nothing else (no authentication, no database, no rate limit,
// no presence), so that the difference to server.ts is what the product does per message.
// Run as its own process by bench/rooms-fanout.ts (`startBareSocketServer`): prints its port.
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'

type Ack = (answer: unknown) => void

const httpServer = createServer()
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 64 * 1024 })
const seqs = new Map<string, number>()

io.on('connection', (socket) => {
  socket.on('join_room', async (payload: { room?: unknown }, ack?: Ack) => {
    const room = String(payload?.room ?? '')
    await socket.join(room)
    ack?.({ ok: true, room, messages: [] })
  })
  socket.on('message', (payload: { room?: unknown; msg?: unknown }, ack?: Ack) => {
    const room = String(payload?.room ?? '')
    if (!socket.rooms.has(room)) return ack?.({ ok: false, error: 'Join the room before sending to it', code: 'forbidden' })
    const seq = (seqs.get(room) ?? 0) + 1
    seqs.set(room, seq)
    const message = { id: randomUUID(), room, seq, msg: String(payload?.msg ?? ''), name: 'Bench', user_id: socket.id, timestamp: new Date().toISOString() }
    io.to(room).emit('message', message)
    ack?.({ ok: true, message })
  })
})

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (httpServer.address() as AddressInfo).port }))
})
process.on('SIGTERM', () => io.close(() => process.exit(0)))
